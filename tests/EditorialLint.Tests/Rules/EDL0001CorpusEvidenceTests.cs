using EditorialLint.BuiltIn;
using EditorialLint.Testing;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// EDL0001 candidates that need the corpus or the article around a word: open forms of compounds the corpus
/// hyphenates, titles inside capitalised runs, accented loanwords, sentence-initial British/American capitals.
/// </summary>
public class EDL0001CorpusEvidenceTests
{
    private static RuleVerifier Verifier() => new(new SpellingVariantsRule());

    [Fact]
    public void an_open_compound_the_corpus_also_hyphenates_when_both_stand_before_a_noun() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Public-sector pay rose. The public-sector unions agreed. Public-sector jobs grew."),
            ("b.txt", "The {|EDL0001:public sector|} jobs were cut. The public sector is large."));

    [Fact]
    public void an_open_form_only_in_another_role_is_not_the_hyphenated_modifier() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The poor-quality roads broke. Poor-quality seeds failed."),
            ("b.txt", "Poor quality was blamed. They blamed poor quality."));

    [Fact]
    public void a_phrase_with_a_function_word_or_inside_a_longer_compound_is_not_an_open_compound() =>
        Verifier().VerifyCorpus(
            ("a.txt", "A cut-off date passed. The day-trip ferry left. The day-trip season ended."),
            ("b.txt", "Supplies were cut off today. A three-day trip ended."));

    [Fact]
    public void a_title_inside_a_capitalised_run_starts_the_name() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Consul General Dr Rüdiger Lotz spoke. Rüdiger Lotz left."),
            ("b.txt", "The Consul General in Karachi Dr {|EDL0001:Rudiger Lotz|} opened the clinic."));

    [Fact]
    public void an_accented_loanword_and_its_plain_spelling() =>
        Verifier().VerifyCorpus(
            ("a.txt", "The façade cracked. A communiqué followed."),
            ("b.txt", "The façade was repaired. Another {|EDL0001:communique|} was issued. The old {|EDL0001:facade|} stayed."),
            ("c.txt", "The communiqué was read."));

    [Fact]
    public void a_loanword_whose_plain_spelling_is_another_word_is_left_alone() =>
        Verifier().VerifyCorpus(
            ("a.txt", "Send your résumé today."),
            ("b.txt", "Talks will resume today."));

    [Fact]
    public void a_sentence_initial_capital_the_article_also_uses_as_a_name_is_the_name() =>
        Verifier().Verify("Voters backed Labour. Labour won the seat. The labor market slowed.");
}

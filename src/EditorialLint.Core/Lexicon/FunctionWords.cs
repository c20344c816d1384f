using System;
using System.Collections.Generic;

namespace EditorialLint.Lexicon;

/// <summary>
/// English closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries and the particles
/// of phrasal verbs. They carry grammar, not meaning, so they are never evidence of who a name is, and a pair of
/// words with one of them is a phrase, not an open compound (any one, in sight, break down, are as).
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // determiners and quantifiers
        "a", "an", "the", "this", "that", "these", "those", "any", "every", "each", "some", "no", "all", "both",
        "either", "neither", "much", "many", "more", "most", "few", "less", "least", "other", "another", "such",
        // pronouns
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "who", "whom", "whose", "which", "what", "one", "ones", "own", "self",
        // prepositions, adverbial particles
        "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "away", "back",
        "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "down", "during", "for",
        "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside", "over", "past",
        "since", "through", "throughout", "till", "to", "toward", "towards", "under", "until", "up", "upon",
        "with", "within", "without", "ago", "via", "per",
        // conjunctions
        "and", "but", "or", "nor", "so", "yet", "if", "than", "then", "though", "although", "because", "while",
        "whether", "when", "where", "how", "why", "once",
        // auxiliaries and copulas
        "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
        // common adverbs that make phrases
        "also", "very", "too", "just", "only", "even", "still", "now", "here", "there", "well", "said", "says",
    };

    /// <summary>True for a closed-class word (lower case).</summary>
    public static bool IsFunctionWord(string lower) => Words.Contains(lower);
}

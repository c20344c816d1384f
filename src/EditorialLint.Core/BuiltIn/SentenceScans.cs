using System.Collections.Generic;

namespace EditorialLint.BuiltIn;

/// <summary>
/// One article's sentence-wide checks for EDL0002 (the figure vocabulary's word checks, and whether a sentence is display
/// copy), each read once per sentence however many figures the sentence holds. <see cref="FigureVocabulary"/> asks, for
/// every figure, whether its sentence holds a projection, record, court, routine, profile, event or claim word, and
/// whether a multiple follows the figure; without this memo a sentence of n figures and length L costs n × L (a pasted
/// table, the same line repeated thousands of times without a full stop: seconds to minutes), with it L. Made per
/// article by the rule (never shared between articles or threads).
/// </summary>
internal sealed class SentenceScans
{
    /// <summary>The checks one sentence can answer for all of its figures.</summary>
    internal enum Check
    {
        Projection,
        Record,
        Court,
        Routine,
        Profile,
        EventOrClaimForCount,
        EventOrClaimForAmount,
        ClaimNotCountOnly,
        ClaimCountOnly,

        /// <summary>The sentence is display copy (a headline, deck or subhead): asked by the rule, not the vocabulary.</summary>
        DisplayLine,
    }

    private readonly Dictionary<(int Sentence, Check Check), bool> _known = new();
    private readonly Dictionary<int, int> _lastMultiple = new();

    /// <summary>How many times a sentence was read whole (for the cost tests: at most one per sentence and check).</summary>
    internal int Reads { get; private set; }

    internal bool TryGet(int sentence, Check check, out bool value) => _known.TryGetValue((sentence, check), out value);

    internal bool Set(int sentence, Check check, bool value)
    {
        Reads++;
        _known[(sentence, check)] = value;
        return value;
    }

    internal bool TryGetLastMultiple(int sentence, out int token) => _lastMultiple.TryGetValue(sentence, out token);

    internal int SetLastMultiple(int sentence, int token)
    {
        Reads++;
        _lastMultiple[sentence] = token;
        return token;
    }
}

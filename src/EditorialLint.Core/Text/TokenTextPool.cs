namespace EditorialLint.Text;

/// <summary>
/// Shares token strings within one article ("the", ",", "Pakistan" are allocated once, not per occurrence), so a
/// parsed corpus holds far fewer strings: less memory and less work for the GC, which copies every live one.
/// Invisible to rules: strings are immutable and compared by value. Bounded: long tokens and long probe chains
/// are not pooled, so no input can make lookups slow.
/// </summary>
internal sealed class TokenTextPool
{
    private const int MaxPooledLength = 24;
    private const int MaxProbes = 8;
    private static readonly string[] Ascii = CreateAscii();

    private string?[] _slots = new string?[512];
    private int _count;

    public string Get(string text, int start, int length)
    {
        if (length == 1 && text[start] < Ascii.Length) return Ascii[text[start]];
        if (length == 0 || length > MaxPooledLength) return text.Substring(start, length);

        var mask = _slots.Length - 1;
        var i = Hash(text, start, length) & mask;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var slot = _slots[i];
            if (slot is null)
            {
                var created = text.Substring(start, length);
                _slots[i] = created;
                if (++_count * 2 > _slots.Length) Grow();
                return created;
            }

            if (slot.Length == length && string.CompareOrdinal(slot, 0, text, start, length) == 0) return slot;
            i = (i + 1) & mask;
        }

        return text.Substring(start, length);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s is null) continue;
            var i = Hash(s, 0, s.Length) & mask;
            while (_slots[i] is not null) i = (i + 1) & mask;
            _slots[i] = s;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619;
            return hash & int.MaxValue;
        }
    }

    private static string[] CreateAscii()
    {
        var table = new string[128];
        for (var c = 0; c < table.Length; c++) table[c] = ((char)c).ToString();
        return table;
    }
}

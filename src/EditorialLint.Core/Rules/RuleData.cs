using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace EditorialLint.Rules;

/// <summary>
/// Data that rule files contribute to rules (house-style variant groups for EDL0001, extra reporting verbs for
/// EDL0002, …), keyed by type. Immutable once built; shared by every article of a run.
/// </summary>
public sealed class RuleData
{
    public static readonly RuleData Empty = new(new Dictionary<Type, IReadOnlyList<object>>());

    private readonly IReadOnlyDictionary<Type, IReadOnlyList<object>> _items;

    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    private RuleData(IReadOnlyDictionary<Type, IReadOnlyList<object>> items) => _items = items;

    /// <summary>
    /// Something a rule builds from this data (a vocabulary, a matcher), built once per run rather than per
    /// article; <paramref name="key"/> names it (use the rule's ID). <paramref name="create"/> must be pure: it may
    /// run on any thread, and exactly one result is kept.
    /// </summary>
    public T GetOrCreate<T>(string key, Func<RuleData, T> create)
        where T : class =>
        (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => create(this))).Value;

    public IReadOnlyList<T> GetAll<T>()
        where T : class
    {
        if (!_items.TryGetValue(typeof(T), out var list)) return Array.Empty<T>();
        var result = new T[list.Count];
        for (var i = 0; i < list.Count; i++) result[i] = (T)list[i];
        return result;
    }

    public sealed class Builder
    {
        private readonly Dictionary<Type, List<object>> _items = new();

        public Builder Add<T>(T item)
            where T : class
        {
            if (!_items.TryGetValue(typeof(T), out var list)) _items[typeof(T)] = list = new List<object>();
            list.Add(item);
            return this;
        }

        /// <summary>Adds everything another builder holds, in its order.</summary>
        internal Builder AddFrom(Builder other)
        {
            foreach (var pair in other._items)
            {
                if (!_items.TryGetValue(pair.Key, out var list)) _items[pair.Key] = list = new List<object>();
                list.AddRange(pair.Value);
            }

            return this;
        }

        public RuleData Build()
        {
            var frozen = new Dictionary<Type, IReadOnlyList<object>>();
            foreach (var pair in _items) frozen[pair.Key] = pair.Value.ToArray();
            return new RuleData(frozen);
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace FactGen;

/// <summary>
/// Every fact of a compilation, looked up by id (ordinal, case-sensitive). The generator builds one as
/// <c>AllFacts.Registry</c>.
/// </summary>
public sealed class FactRegistry : IReadOnlyCollection<IFact>
{
    private readonly IFact[] _facts;
    private readonly Dictionary<string, IFact> _byId;

    /// <summary>Creates a registry; of facts with the same id only the first is kept, and order is preserved.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> contains null.</exception>
    public FactRegistry(IEnumerable<IFact> facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var kept = new List<IFact>();
        _byId = new Dictionary<string, IFact>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentException("The facts cannot contain null.", nameof(facts));
            }

            if (!_byId.ContainsKey(fact.Id))
            {
                _byId.Add(fact.Id, fact);
                kept.Add(fact);
            }
        }

        _facts = kept.ToArray();
        Sources = _facts
            .Select(f => f.Citation.Source)
            .Distinct()
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The number of facts.</summary>
    public int Count => _facts.Length;

    /// <summary>The distinct sources of the facts (by value equality), ordered by id (ordinal).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The fact with the id.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no fact with the id.</exception>
    public IFact this[string id] =>
        TryGet(id, out var fact) ? fact : throw new KeyNotFoundException($"There is no fact with id '{id}'.");

    /// <summary>Looks a fact up by id.</summary>
    /// <param name="id">The fact id.</param>
    /// <param name="fact">The fact when found, else null.</param>
    /// <returns>Whether a fact with the id exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out IFact? fact)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return _byId.TryGetValue(id, out fact);
    }

    /// <summary>Whether a fact with the id exists.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns>True when it exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => TryGet(id, out _);

    /// <summary>The facts cited from a source, in registry order.</summary>
    /// <param name="sourceId">The source id (ordinal).</param>
    /// <returns>The facts; empty when none cites the source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> is null.</exception>
    public IEnumerable<IFact> BySource(string sourceId)
    {
        if (sourceId is null)
        {
            throw new ArgumentNullException(nameof(sourceId));
        }

        return _facts.Where(f => string.Equals(f.Citation.Source.Id, sourceId, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Enumerates the facts in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<IFact> GetEnumerator() => ((IEnumerable<IFact>)_facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

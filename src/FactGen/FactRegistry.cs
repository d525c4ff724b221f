using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace FactGen;

/// <summary>
/// Every fact of a compilation, looked up by id (ordinal, case-sensitive). The generator builds one as
/// <c>AllFacts.Registry</c>, from the ids alone: a fact is built when it is first looked up, so a lookup builds
/// that fact only, not every fact of the project.
/// </summary>
public sealed class FactRegistry : IReadOnlyCollection<IFact>
{
    private readonly Func<int, IFact> _factAt;
    private readonly int[] _kept;
    private readonly Dictionary<string, int> _byId;
    private readonly IFact?[] _built;
    private IReadOnlyList<Source>? _sources;

    /// <summary>Creates a registry; of facts with the same id only the first is kept, and order is preserved.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> contains null.</exception>
    public FactRegistry(IEnumerable<IFact> facts)
        : this(Materialize(facts))
    {
    }

    /// <summary>
    /// Creates a registry of facts that are built on first use: <paramref name="factAt"/> is called with the index of
    /// an id in <paramref name="ids"/> the first time that fact is needed. Of equal ids only the first is kept.
    /// </summary>
    /// <param name="ids">The fact ids, in order.</param>
    /// <param name="factAt">Builds (or fetches) the fact of the id at an index; it must return a fact with that id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or <paramref name="factAt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ids"/> contains null.</exception>
    public FactRegistry(IReadOnlyList<string> ids, Func<int, IFact> factAt)
    {
        if (ids is null)
        {
            throw new ArgumentNullException(nameof(ids));
        }

        _factAt = factAt ?? throw new ArgumentNullException(nameof(factAt));
        _byId = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        var kept = new List<int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i] ?? throw new ArgumentException("The ids cannot contain null.", nameof(ids));
            if (!_byId.ContainsKey(id))
            {
                _byId.Add(id, i);
                kept.Add(i);
            }
        }

        _kept = kept.ToArray();
        _built = new IFact?[ids.Count];
    }

    private FactRegistry(IFact[] facts)
        : this(facts.Select(f => f.Id).ToArray(), index => facts[index])
    {
    }

    /// <summary>The number of facts.</summary>
    public int Count => _kept.Length;

    /// <summary>The distinct sources of the facts (by value equality), ordered by id (ordinal). Builds every fact.</summary>
    public IReadOnlyList<Source> Sources => _sources ??= this
        .Select(f => f.Citation.Source)
        .Distinct()
        .OrderBy(s => s.Id, StringComparer.Ordinal)
        .ToArray();

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

        if (_byId.TryGetValue(id, out var index))
        {
            fact = At(index);
            return true;
        }

        fact = null;
        return false;
    }

    /// <summary>Whether a fact with the id exists; builds no fact.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns>True when it exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => _byId.ContainsKey(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The facts cited from a source, in registry order.</summary>
    /// <param name="sourceId">The source id (ordinal).</param>
    /// <returns>The facts; empty when none cites the source. Builds every fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> is null.</exception>
    public IEnumerable<IFact> BySource(string sourceId)
    {
        if (sourceId is null)
        {
            throw new ArgumentNullException(nameof(sourceId));
        }

        return this.Where(f => string.Equals(f.Citation.Source.Id, sourceId, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>
    /// The facts whose quotes the build did not verify against an archived source text (no archive, an archive not
    /// supplied or unusable, or a quote not found in it), in registry order.
    /// </summary>
    /// <returns>The facts; empty when every quote was verified. Builds every fact.</returns>
    public IEnumerable<IFact> Unverified() => this.Where(f => !f.Citation.IsVerified).ToArray();

    /// <summary>Enumerates the facts in order, building those not built yet.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<IFact> GetEnumerator()
    {
        foreach (var index in _kept)
        {
            yield return At(index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Two threads may both build a fact; facts are immutable and equal by value, so either result may be kept.
    private IFact At(int index) => _built[index] ??= _factAt(index) ?? throw new InvalidOperationException($"The registry's factory returned null for fact {index}.");

    private static IFact[] Materialize(IEnumerable<IFact> facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var all = facts.ToArray();
        if (Array.IndexOf(all, null) >= 0)
        {
            throw new ArgumentException("The facts cannot contain null.", nameof(facts));
        }

        return all;
    }
}

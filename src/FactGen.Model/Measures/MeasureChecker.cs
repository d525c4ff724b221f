using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Model.Validation;

namespace FactGen.Model.Measures;

/// <summary>
/// The rules across the facts of one measure, and what the generated code says of them: each fact's interval, the
/// facts that corroborate it, and each measure's agreement. Facts are grouped by measure id in one hash pass; only
/// the facts of one measure and scope are compared with each other, pair by pair.
/// </summary>
internal static class MeasureChecker
{
    /// <summary>
    /// Checks the measured facts among <paramref name="facts"/>, in declaration order. <paramref name="claimMember"/>
    /// takes a member name of <c>FactMeasures</c> for a measure id (at the path and range of its first fact), or
    /// reports who has it; a measure whose name is taken gets no member.
    /// </summary>
    public static MeasureResult Check(IReadOnlyList<MeasuredEntry> facts, MeasureOptions options, Func<string, string, string, Text.TextRange, bool> claimMember, List<FactDiagnostic> diagnostics)
    {
        var measures = new Dictionary<string, List<MeasuredEntry>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in facts)
        {
            // A superseded or deprecated fact is kept for the record; it neither agrees nor contradicts.
            if (entry.Fact.Fact.Measure is not { } measure || entry.Fact.ObsoleteMessage is not null)
            {
                continue;
            }

            if (!measures.TryGetValue(measure.Id, out var members))
            {
                members = new List<MeasuredEntry>();
                measures.Add(measure.Id, members);
                order.Add(measure.Id);
            }

            if (members.Count > 0 && !AreComparable(members[0].Fact.Fact.Value, entry.Fact.Fact.Value))
            {
                var first = members[0];
                diagnostics.Add(new FactDiagnostic(
                    FactRules.MeasureMixesKinds.Id,
                    entry.Path,
                    entry.Fact.Fact.ValueRange,
                    new EquatableArray<string>(new[] { measure.Id, KindOf(entry.Fact.Fact.Value), first.Fact.Fact.Id, Parsing.Names.FileNameOf(first.Path) + first.Fact.Fact.ValueRange.ToDisplayString(), KindOf(first.Fact.Fact.Value) }),
                    new EquatableArray<FileRange>(new[] { new FileRange(first.Path, first.Fact.Fact.ValueRange) })));
                continue;
            }

            members.Add(entry);
        }

        var byFact = new Dictionary<string, MeasureOfFact>(StringComparer.Ordinal);
        var emitMeasures = new List<EmitMeasure>();
        foreach (var id in order)
        {
            var members = measures[id];
            var memberName = Parsing.Names.ToPascalCase(id);
            if (!claimMember(memberName, id, members[0].Path, members[0].Fact.Fact.Measure!.Range))
            {
                memberName = null;
            }

            var intervals = members.Select(entry => FigureIntervals.Of(entry.Fact.Fact.Value, entry.Fact.Fact.Precision, options)).ToArray();
            var comparable = true;
            var agreement = intervals[0];
            for (var i = 0; i < members.Count; i++)
            {
                var agreeing = new List<Corroborator>();
                agreement = agreement.Intersect(intervals[i]);
                for (var j = 0; j < members.Count; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    if (!AreCompared(members[i].Fact.Fact, members[j].Fact.Fact))
                    {
                        comparable = false;
                        continue;
                    }

                    if (!intervals[i].Intersect(intervals[j]).IsEmpty)
                    {
                        agreeing.Add(new Corroborator(members[j].ClassName, members[j].Fact.Fact.MemberName, members[j].Fact.SourceShortReference));
                        continue;
                    }

                    var other = members[j];
                    diagnostics.Add(new FactDiagnostic(
                        FactRules.MeasureContradiction.Id,
                        members[i].Path,
                        members[i].Fact.Fact.ValueRange,
                        new EquatableArray<string>(new[] { intervals[i].ToString(), id, other.Fact.Fact.Id, other.Fact.SourceShortReference, intervals[j].ToString() }),
                        new EquatableArray<FileRange>(new[] { new FileRange(other.Path, other.Fact.Fact.ValueRange) })));
                }

                byFact[members[i].Fact.Fact.Id] = new MeasureOfFact(memberName, agreeing.ToEquatableArray());
            }

            // The most precise fact first: it is the one a corroborated figure prints.
            var ranked = Enumerable.Range(0, members.Count)
                .OrderBy(index => Width(intervals[index]))
                .ThenBy(index => members[index].Fact.Fact.Precision != Precision.Exact)
                .ThenBy(index => index)
                .Select(index => new MeasuredFact(members[index].Fact.Fact.Id, members[index].ClassName, members[index].Part, members[index].Index))
                .ToEquatableArray();
            if (memberName is not null)
            {
                emitMeasures.Add(new EmitMeasure(id, memberName, ranked, comparable && !agreement.IsEmpty ? agreement : null));
            }
        }

        emitMeasures.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new MeasureResult(byFact, emitMeasures);
    }

    /// <summary>Whether two facts of one measure speak of the same thing: one scope, and periods that overlap (or neither has one).</summary>
    private static bool AreCompared(FactSpec a, FactSpec b)
        => string.Equals(a.Measure!.Scope, b.Measure!.Scope, StringComparison.Ordinal)
            && (a.Period, b.Period) switch
            {
                (null, null) => true,
                ({ } x, { } y) => x.Overlaps(y),
                _ => false,
            };

    /// <summary>Counts with counts, shares with shares, money in one currency, years with years.</summary>
    private static bool AreComparable(FigureValue a, FigureValue b) => KindOf(a) == KindOf(b);

    /// <summary>The kind of a figure as measures compare it, for messages: "a number", "a percentage", "money in USD", "a year".</summary>
    private static string KindOf(FigureValue value) => value.Kind switch
    {
        ValueKind.Percentage => "a percentage",
        ValueKind.Money => $"money in {value.Currency}",
        ValueKind.Year => "a year",
        _ => "a number",
    };

    private static decimal Width(FigureInterval interval)
    {
        try
        {
            return interval.Low is { } low && interval.High is { } high ? high - low : decimal.MaxValue;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }
}

/// <summary>A fact that may belong to a measure, where it is declared and where it is generated.</summary>
internal sealed record MeasuredEntry(EmitFact Fact, string Path, string ClassName, int Part, int Index);

/// <summary>What the measures add to the generated code: each measured fact's measure and corroborators by fact id, and each measure.</summary>
internal sealed record MeasureResult(Dictionary<string, MeasureOfFact> ByFact, List<EmitMeasure> Measures);

/// <summary>The member of <c>FactMeasures</c> that lists a fact, and the facts that agree with it.</summary>
internal sealed record MeasureOfFact(string? MemberName, EquatableArray<Corroborator> Corroborators);

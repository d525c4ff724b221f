using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Model.Measures;
using FactGen.Model.Text;

namespace FactGen.Model.Validation;

/// <summary>
/// The rules that span fact files: duplicate ids, citations of undeclared sources, ids that generate one C# name,
/// superseded facts. The first declaration in path order wins; what loses is reported and left out.
/// </summary>
public static class FactSetValidator
{
    // Why a name is taken when no id has it: the class's own name (CS0542), a member every class inherits from
    // System.Object (a static property of that name would hide it, CS0108), a member every record declares.
    private const string ClassItself = "the class itself";
    private const string InheritedFromObject = "System.Object";
    private const string DeclaredByRecord = "a record";
    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };
    private static readonly string[] s_recordMembers = { "EqualityContract", "Deconstruct", "PrintMembers" };

    /// <summary>The names of the generated classes that hold sources, the registry and the measures.</summary>
    public static readonly IReadOnlyList<string> ReservedClassNames = new[] { "FactSources", "AllFacts", "FactMeasures" };

    /// <summary>
    /// Validates <paramref name="files"/> together; their order does not matter. <paramref name="measureOptions"/>
    /// (<see cref="MeasureOptions.Default"/> when null) says how facts of one measure are compared.
    /// </summary>
    public static FactSet Validate(IEnumerable<FactFile> files, MeasureOptions? measureOptions = null)
    {
        var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<FactDiagnostic>();
        var sources = CollectSources(ordered, diagnostics);
        var facts = CollectFacts(ordered, diagnostics);
        var emitFiles = new List<EmitFile>();
        var memberOwners = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        // Roslyn compares hint names ignoring case, so BrainDrain and Braindrain must not both be BrainDrain.g.cs.
        var hintCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var partCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var measured = new List<MeasuredEntry>();
        foreach (var file in ordered)
        {
            if (ReservedClassNames.Contains(file.ClassName))
            {
                diagnostics.Add(FactDiagnostic.Create(FactRules.MemberNameCollision, file.Path, TextRange.FileStart, Parsing.Names.FileNameOf(file.Path), file.ClassName, "the generated code", "FactGen's own class has it"));
                continue;
            }

            if (!memberOwners.TryGetValue(file.ClassName, out var members))
            {
                members = TakenNames(file.ClassName);
                memberOwners.Add(file.ClassName, members);
            }

            var emitFacts = new List<EmitFact>();
            foreach (var fact in file.Facts)
            {
                if (!ReferenceEquals(facts[fact.Id].Fact, fact)
                    || !CheckSource(file.Path, fact.Citation, sources, diagnostics)
                    || !Claim(members, fact.MemberName, fact.Id, file.Path, file.ClassName, fact.IdRange, diagnostics))
                {
                    continue;
                }

                var source = sources[fact.Citation.SourceId];
                emitFacts.Add(new EmitFact(fact, source.LongReference, source.ShortReference, ObsoleteMessage(file.Path, fact, facts, sources, diagnostics)));
            }

            partCounts.TryGetValue(file.ClassName, out var part);
            for (var i = 0; i < emitFacts.Count; i++)
            {
                if (emitFacts[i].Fact.Measure is not null)
                {
                    measured.Add(new MeasuredEntry(emitFacts[i], file.Path, file.ClassName, part, i));
                }
            }

            var datasets = new List<DatasetSpec>();
            foreach (var dataset in file.Datasets)
            {
                if (!Claim(members, dataset.MemberName, dataset.Id, file.Path, file.ClassName, dataset.IdRange, diagnostics)
                    || !Claim(members, dataset.RowTypeName, dataset.Id, file.Path, file.ClassName, dataset.IdRange, diagnostics)
                    || !ColumnsAreDistinct(file, dataset, diagnostics))
                {
                    continue;
                }

                var rows = dataset.Rows.Where(row => CheckSource(file.Path, row.Citation, sources, diagnostics)).ToEquatableArray();
                datasets.Add(dataset with { Rows = rows });
            }

            hintCounts.TryGetValue(file.ClassName, out var count);
            hintCounts[file.ClassName] = count + 1;
            partCounts[file.ClassName] = part + 1;
            var hintName = count == 0 ? $"{file.ClassName}.g.cs" : $"{file.ClassName}.{count + 1}.g.cs";
            emitFiles.Add(new EmitFile(hintName, file.Path, file.ClassName, emitFacts.ToEquatableArray(), datasets.ToEquatableArray(), part));
        }

        var measureMembers = TakenNames("FactMeasures");
        var measures = MeasureChecker.Check(
            measured,
            measureOptions ?? MeasureOptions.Default,
            (name, id, path, range) => Claim(measureMembers, name, id, path, "FactMeasures", range, diagnostics),
            diagnostics);
        var declared = sources.Values.Select(entry => entry.Source).OrderBy(source => source.Id, StringComparer.Ordinal).ToList();
        return new FactSet(
            emitFiles.Select(file => ForEmitter(file, measures)).ToEquatableArray(),
            declared.Select(source => source.WithoutPlaces()).ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            measures.Measures.ToEquatableArray(),
            Verification.QuoteVerifier.CitedSources(emitFiles, declared));
    }

    /// <summary>
    /// <paramref name="file"/> as the emitter sees it: its facts and datasets without their places in the YAML (the
    /// measures and the quotes are checked, and reported at those places, before this), with their measures and
    /// corroborators for their docs.
    /// </summary>
    private static EmitFile ForEmitter(EmitFile file, MeasureResult measures)
        => file with
        {
            Datasets = file.Datasets.Select(dataset => dataset.WithoutPlaces()).ToEquatableArray(),
            Facts = file.Facts.Select(fact => measures.ByFact.TryGetValue(fact.Fact.Id, out var measure)
                ? fact with { Fact = fact.Fact.WithoutPlaces(), MeasureMember = measure.MemberName, Corroborators = measure.Corroborators }
                : fact with { Fact = fact.Fact.WithoutPlaces() }).ToEquatableArray(),
        };

    private static Dictionary<string, DeclaredSource> CollectSources(List<FactFile> files, List<FactDiagnostic> diagnostics)
    {
        var sources = new Dictionary<string, DeclaredSource>(StringComparer.Ordinal);
        var members = TakenNames("FactSources");
        foreach (var file in files)
        {
            foreach (var source in file.Sources)
            {
                if (sources.TryGetValue(source.Id, out var first))
                {
                    diagnostics.Add(Duplicate(FactRules.DuplicateSourceId, file.Path, source.IdRange, source.Id, first.Path, first.Source.IdRange));
                    continue;
                }

                if (!Claim(members, SourceMemberName(source.Id), source.Id, file.Path, "FactSources", source.IdRange, diagnostics))
                {
                    continue;
                }

                sources.Add(source.Id, new DeclaredSource(source, file.Path, ShortReference(source), LongReference(source)));
            }
        }

        return sources;
    }

    private static Dictionary<string, (FactSpec Fact, string Path, string ClassName)> CollectFacts(List<FactFile> files, List<FactDiagnostic> diagnostics)
    {
        var facts = new Dictionary<string, (FactSpec Fact, string Path, string ClassName)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var fact in file.Facts)
            {
                if (facts.TryGetValue(fact.Id, out var first))
                {
                    diagnostics.Add(Duplicate(FactRules.DuplicateFactId, file.Path, fact.IdRange, fact.Id, first.Path, first.Fact.IdRange));
                    continue;
                }

                facts.Add(fact.Id, (fact, file.Path, file.ClassName));
            }
        }

        return facts;
    }

    private static FactDiagnostic Duplicate(FactRule rule, string path, TextRange range, string id, string firstPath, TextRange firstRange)
        => new(
            rule.Id,
            path,
            range,
            new EquatableArray<string>(new[] { id, Parsing.Names.FileNameOf(firstPath) + firstRange.ToDisplayString() }),
            new EquatableArray<FileRange>(new[] { new FileRange(firstPath, firstRange) }));

    private static bool CheckSource(string path, CitationSpec citation, Dictionary<string, DeclaredSource> sources, List<FactDiagnostic> diagnostics)
    {
        if (sources.ContainsKey(citation.SourceId))
        {
            return true;
        }

        var closest = EditDistance.Closest(citation.SourceId, sources.Keys);
        var hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        diagnostics.Add(FactDiagnostic.Create(FactRules.UndeclaredSource, path, citation.SourceRange, citation.SourceId, hint));
        return false;
    }

    /// <summary>The member of the generated <c>FactSources</c> class for a source id.</summary>
    public static string SourceMemberName(string sourceId) => Parsing.Names.ToPascalCase(sourceId);

    /// <summary>Takes <paramref name="name"/> in its class for <paramref name="id"/>, or reports who has it.</summary>
    private static bool Claim(Dictionary<string, string> members, string name, string id, string path, string className, TextRange range, List<FactDiagnostic> diagnostics)
    {
        if (members.TryGetValue(name, out var owner))
        {
            var where = owner switch
            {
                ClassItself => "it is the class's own name",
                InheritedFromObject => "every class inherits it from System.Object",
                DeclaredByRecord => "the record declares it itself",
                _ => $"'{owner}' already has it",
            };
            diagnostics.Add(FactDiagnostic.Create(FactRules.MemberNameCollision, path, range, id, name, className, where));
            return false;
        }

        members.Add(name, id);
        return true;
    }

    /// <summary>The names taken in a generated type before any id claims one: its own name and what it inherits.</summary>
    private static Dictionary<string, string> TakenNames(string typeName)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in s_objectMembers)
        {
            names[name] = InheritedFromObject;
        }

        names[typeName] = ClassItself;
        return names;
    }

    private static bool ColumnsAreDistinct(FactFile file, DatasetSpec dataset, List<FactDiagnostic> diagnostics)
    {
        var names = TakenNames(dataset.RowTypeName);
        names["Citation"] = "citation";
        foreach (var member in s_recordMembers)
        {
            names[member] = DeclaredByRecord;
        }

        var distinct = true;
        foreach (var column in dataset.Columns)
        {
            distinct &= Claim(names, column.PropertyName, column.Name, file.Path, dataset.RowTypeName, column.Range, diagnostics);
        }

        return distinct;
    }

    private static string? ObsoleteMessage(
        string path,
        FactSpec fact,
        Dictionary<string, (FactSpec Fact, string Path, string ClassName)> facts,
        Dictionary<string, DeclaredSource> sources,
        List<FactDiagnostic> diagnostics)
    {
        if (fact.SupersededBy is { } successorId)
        {
            if (facts.TryGetValue(successorId, out var successor))
            {
                var source = sources.TryGetValue(successor.Fact.Citation.SourceId, out var found) ? found.ShortReference : successor.Fact.Citation.SourceId;
                return $"Superseded by {successor.ClassName}.{successor.Fact.MemberName}: {successor.Fact.Claim}, {successor.Fact.Value.Written} ({source}).";
            }

            var closest = EditDistance.Closest(successorId, facts.Keys);
            diagnostics.Add(FactDiagnostic.Create(FactRules.UnknownSuccessor, path, fact.SupersededByRange, successorId, closest is null ? string.Empty : $" Did you mean '{closest}'?"));
        }

        return fact.Rank == Rank.Deprecated ? $"The fact '{fact.Id}' is deprecated; do not use its figure." : null;
    }

    /// <summary>"ShareAmerica, 2023": the publisher (or title, or id) and the year when known.</summary>
    public static string ShortReference(SourceSpec source)
        => $"{source.Publisher ?? source.Title ?? source.Id}, {(source.Published is { } date ? date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n.d.")}";

    /// <summary>
    /// <paramref name="text"/> ended as a sentence in docs: with a period, unless it ends with one already ("n.d.",
    /// "Inc.") or with '?' or '!' (a title that asks), so that no reference reads "n.d..".
    /// </summary>
    public static string Sentence(string text)
        => text.Length > 0 && text[text.Length - 1] is '.' or '?' or '!' ? text : text + ".";

    /// <summary>"ShareAmerica, 2023: Russia’s top talent fleeing to other countries": the short reference and the title.</summary>
    public static string LongReference(SourceSpec source)
        => source.Title is { } title && source.Publisher is not null ? $"{ShortReference(source)}: {title}" : ShortReference(source);

    /// <summary>
    /// A source that was declared and kept, where, and its references, written once here rather than for each of the
    /// facts that cite it: a source may be cited thousands of times.
    /// </summary>
    private sealed record DeclaredSource(SourceSpec Source, string Path, string ShortReference, string LongReference);
}

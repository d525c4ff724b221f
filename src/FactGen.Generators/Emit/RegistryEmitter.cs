using System.Linq;
using FactGen.Model;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Emit;

/// <summary>Writes <c>FactSources</c>, one property per declared source, and <c>AllFacts.Registry</c>, every fact of the compilation.</summary>
internal static class RegistryEmitter
{
    /// <summary>The name of the generated file.</summary>
    public const string HintName = "FactGen.Registry.g.cs";

    public static SourceText Emit(RegistryModel model, EmitOptions options)
    {
        var writer = new SourceWriter();
        options.WriteHeader(writer, "all fact files");
        writer.Line("/// <summary>The sources that the facts of this project cite.</summary>");
        writer.Line(options.GeneratedCodeAttribute);
        writer.Line("public static class FactSources");
        writer.Open();
        var notCompliant = ClsNames.NotCompliantAmong(options, model.Sources.Select(source => FactSetValidator.SourceMemberName(source.Id)));
        var first = true;
        var archives = model.Archives.ToDictionary(archive => archive.SourceId, System.StringComparer.Ordinal);
        foreach (var source in model.Sources)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteSource(writer, source, archives.TryGetValue(source.Id, out var archive) ? archive : null, options, notCompliant);
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Every fact of this project, found by id in <see cref=\"Registry\"/>.</summary>");
        writer.Line(options.GeneratedCodeAttribute);
        writer.Line("public static class AllFacts");
        writer.Open();
        writer.Line($"private static global::FactGen.FactRegistry{options.Nullability} s_registry;");
        writer.Line();
        writer.Line($"/// <summary>The {model.Entries.Count} facts of this project's fact files; each is built when first looked up.</summary>");
        writer.Line("public static global::FactGen.FactRegistry Registry => s_registry ?? (s_registry = new global::FactGen.FactRegistry(Ids.Split(new[] { ' ' }, global::System.StringSplitOptions.RemoveEmptyEntries), FactAt));");
        writer.Line();

        // Ids hold no spaces. One constant compiles and loads in no time; an array of literals is one long method.
        writer.Line("// Every fact id, in registry order.");
        writer.Line($"private const string Ids = {CSharpText.Literal(string.Join(" ", model.Entries.Select(entry => entry.Id)))};");
        writer.Line();
        WriteFactAt(writer, model, options);
        writer.Close();
        if (model.Measures.Count > 0)
        {
            writer.Line();
            WriteMeasures(writer, model.Measures, options);
        }

        writer.Close();
        return writer.ToSourceText();
    }

    /// <summary>
    /// The fact at a registry index: the entries of each fact file follow each other in its table's order, so each file
    /// takes one line, not one per fact.
    /// </summary>
    private static void WriteFactAt(SourceWriter writer, RegistryModel model, EmitOptions options)
    {
        writer.Line("private static global::FactGen.IFact FactAt(int index)");
        writer.Open();
        var start = 0;
        while (start < model.Entries.Count)
        {
            var first = model.Entries[start];
            var end = start;
            while (end < model.Entries.Count && model.Entries[end].ClassName == first.ClassName && model.Entries[end].Part == first.Part)
            {
                end++;
            }

            var table = $"global::{options.Namespace}.{CSharpText.Identifier(first.ClassName)}.{FactFileEmitter.DataClassName(first.Part)}.Table";
            writer.Line($"if (index < {end}) return {table}.Get(index{(start == 0 ? string.Empty : $" - {start}")});");
            start = end;
        }

        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
    }

    /// <summary>
    /// <c>FactMeasures</c>: a property per measure, built on first use from its facts' tables (never from their
    /// properties, which may be <c>[Obsolete]</c>), with the interval they agree on.
    /// </summary>
    private static void WriteMeasures(SourceWriter writer, EquatableArray<EmitMeasure> measures, EmitOptions options)
    {
        writer.Line("/// <summary>The measures of this project's facts: for each, its facts, what they agree on and their sources.</summary>");
        writer.Line(options.GeneratedCodeAttribute);
        writer.Line("public static class FactMeasures");
        writer.Open();
        var notCompliant = ClsNames.NotCompliantAmong(options, measures.Select(measure => measure.MemberName));
        var first = true;
        foreach (var measure in measures)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var member = CSharpText.Identifier(measure.MemberName);
            var field = "s_" + CSharpText.Camel(measure.MemberName);
            var agreement = measure.Agreement is { } interval
                ? $"new global::FactGen.FigureInterval({Bound(interval.Low)}, {Bool(interval.LowIncluded)}, {Bound(interval.High)}, {Bool(interval.HighIncluded)})"
                : "null";
            var summary = measure.Agreement is { } agreed ? $"agree on {CSharpText.XmlText(agreed.ToString())}" : "do not agree, or cannot be compared";
            var facts = string.Join(", ", measure.Facts.Select(fact => $"global::{options.Namespace}.{CSharpText.Identifier(fact.ClassName)}.{FactFileEmitter.DataClassName(fact.Part)}.Table.Get({fact.Index})"));
            writer.Line($"private static global::FactGen.Measure{options.Nullability} {field};");
            writer.Line();
            writer.Line($"/// <summary>Measure <c>{CSharpText.XmlText(measure.Id)}</c>: {measure.Facts.Count} facts ({CSharpText.XmlText(string.Join(", ", measure.Facts.Select(fact => fact.Id)))}), which {summary}.</summary>");
            ClsNames.Mark(writer, options, notCompliant.Contains(measure.MemberName));
            writer.Line($"public static global::FactGen.Measure {member} => {field} ?? ({field} = new global::FactGen.Measure({CSharpText.Literal(measure.Id)}, new global::FactGen.IFact[] {{ {facts} }}, {agreement}));");
        }

        writer.Close();
    }

    private static string Bound(decimal? bound) => bound is { } value ? (value / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) + "m" : "null";

    private static string Bool(bool value) => value ? "true" : "false";

    private static void WriteSource(SourceWriter writer, SourceSpec source, ArchiveStamp? archive, EmitOptions options, System.Collections.Generic.ISet<string> notCompliant)
    {
        var member = FactSetValidator.SourceMemberName(source.Id);
        var field = "s_" + CSharpText.Camel(member);
        writer.Line($"private static global::FactGen.Source{options.Nullability} {field};");
        writer.Line();
        writer.Line($"/// <summary>{CSharpText.XmlText(FactSetValidator.Sentence(FactSetValidator.LongReference(source)))}</summary>");
        if (source.Author is { } author || archive is not null)
        {
            var by = source.Author is { } name ? $"By {CSharpText.XmlText(name)}. " : string.Empty;
            var archived = archive is null ? string.Empty
                : archive.Sha256 is { } hash ? $"Archived as {CSharpText.XmlText(archive.FileName)} (sha256 {hash})."
                : $"Archived as {CSharpText.XmlText(archive.FileName)}, which this build was not given.";
            writer.Line($"/// <remarks>{(by + archived).TrimEnd()}</remarks>");
        }

        ClsNames.Mark(writer, options, notCompliant.Contains(member));

        writer.Line($"public static global::FactGen.Source {CSharpText.Identifier(member)} => {field} ?? ({field} = new global::FactGen.Source(");
        writer.Indent();
        writer.Line($"{CSharpText.Literal(source.Id)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Publisher)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Title)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Author)},");
        writer.Line($"{(source.Published is { } published ? ValueCode.Date(published) : "null")},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Url)},");
        writer.Line($"{(source.Retrieved is { } retrieved ? ValueCode.Date(retrieved) : "null")},");
        writer.Line($"{CSharpText.LiteralOrNull(archive?.FileName)},");
        writer.Line($"{CSharpText.LiteralOrNull(archive?.Sha256)}));");
        writer.Outdent();
    }
}

/// <summary>What the registry file is made of: the sources, their archives, the facts' places and the measures. Changes only when they do.</summary>
internal sealed record RegistryModel(EquatableArray<SourceSpec> Sources, EquatableArray<RegistryEntry> Entries, EquatableArray<EmitMeasure> Measures, EquatableArray<ArchiveStamp> Archives);

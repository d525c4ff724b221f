using System.Linq;
using FactGen.Model;
using FactGen.Model.Validation;

namespace FactGen.Generators.Emit;

/// <summary>
/// Writes the class of one fact file: a lazily built property per fact and a list per dataset, each with XML docs
/// that show the figure, the verbatim quote and the source on hover.
/// </summary>
internal static class FactFileEmitter
{
    /// <summary>The C# source for <paramref name="file"/>.</summary>
    public static string Emit(EmitFile file, EmitOptions options)
    {
        var writer = new SourceWriter();
        var fileName = Model.Parsing.Names.FileNameOf(file.Path);
        options.WriteHeader(writer, fileName);
        if (file.IsFirstOfClass)
        {
            // Fact files of the same name share one partial class; only one part may carry its attributes.
            writer.Line($"/// <summary>Facts from <c>{CSharpText.XmlText(fileName)}</c>.</summary>");
            writer.Line(options.GeneratedCodeAttribute);
        }

        writer.Line($"public static partial class {CSharpText.Identifier(file.ClassName)}");
        writer.Open();
        var first = true;
        foreach (var fact in file.Facts)
        {
            Separate(writer, ref first);
            WriteFact(writer, fact, options);
        }

        foreach (var dataset in file.Datasets)
        {
            Separate(writer, ref first);
            WriteDataset(writer, dataset, options);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }

    private static void WriteFact(SourceWriter writer, EmitFact emitFact, EmitOptions options)
    {
        var fact = emitFact.Fact;
        var type = $"global::FactGen.Fact<{ValueCode.TypeName(fact.Value.Type)}>";
        var member = CSharpText.Identifier(fact.MemberName);
        var field = "s_" + CSharpText.Camel(fact.MemberName);
        var figure = string.Join(" ", new[] { PrecisionPhrases.Of(fact.Precision), fact.Value.Written, fact.Unit ?? string.Empty }.Where(part => part.Length > 0));
        writer.Line($"private static {type}{options.Nullability} {field};");
        writer.Line();
        writer.Line($"/// <summary>{CSharpText.XmlText(fact.Claim)}: <b>{CSharpText.XmlText(figure)}</b>.</summary>");
        writer.Line("/// <remarks>");
        WriteCitationDocs(writer, fact.Citation, emitFact.SourceReference);
        if (fact.Period is { } period)
        {
            writer.Line($"/// <para>Period: {period}.</para>");
        }

        writer.Line($"/// <para>Fact id: <c>{CSharpText.XmlText(fact.Id)}</c>.</para>");
        writer.Line("/// </remarks>");
        if (emitFact.ObsoleteMessage is { } obsolete)
        {
            writer.Line($"[global::System.Obsolete({CSharpText.Literal(obsolete)})]");
        }

        writer.Line($"[global::FactGen.GeneratedFact({CSharpText.Literal(fact.Id)}, {CSharpText.Literal(ValueCode.Canonical(fact.Value))}, Claim = {CSharpText.Literal(fact.Claim)}, Source = {CSharpText.Literal(emitFact.SourceShortReference)})]");
        writer.Line($"public static {type} {member} => {field} ?? ({field} = new {type}(");
        writer.Indent();
        writer.Line($"{CSharpText.Literal(fact.Id)},");
        writer.Line($"{CSharpText.Literal(fact.Claim)},");
        writer.Line($"{ValueCode.Expression(fact.Value)},");
        writer.Line($"{CSharpText.LiteralOrNull(fact.Unit)},");
        writer.Line($"global::FactGen.Precision.{fact.Precision},");
        writer.Line($"{(fact.Period is { } p ? ValueCode.Period(p) : "null")},");
        writer.Line($"{Citation(fact.Citation, options)}));");
        writer.Outdent();
    }

    private static void WriteCitationDocs(SourceWriter writer, CitationSpec citation, string sourceReference)
    {
        writer.Line($"/// <para>“{CSharpText.XmlText(citation.Quote)}”</para>");
        if (citation.AttributedTo is { } attributedTo)
        {
            writer.Line($"/// <para>Said by {CSharpText.XmlText(attributedTo)}.</para>");
        }

        var locator = citation.Locator is { } at ? $" ({CSharpText.XmlText(at)})" : string.Empty;
        writer.Line($"/// <para>Source: {CSharpText.XmlText(sourceReference.TrimEnd('.'))}{locator}.</para>");
    }

    private static string Citation(CitationSpec citation, EmitOptions options)
        => $"new global::FactGen.Citation({options.SourceReference(citation.SourceId)}, {CSharpText.Literal(citation.Quote)}, "
            + $"{CSharpText.LiteralOrNull(citation.AttributedTo)}, {CSharpText.LiteralOrNull(citation.Locator)})";

    private static void WriteDataset(SourceWriter writer, DatasetSpec dataset, EmitOptions options)
    {
        var rowType = CSharpText.Identifier(dataset.RowTypeName);
        var listType = $"global::System.Collections.Generic.IReadOnlyList<{rowType}>";
        var field = "s_" + CSharpText.Camel(dataset.MemberName);
        var claim = dataset.Claim is { } text ? CSharpText.XmlText(text) : $"The rows of the dataset <c>{CSharpText.XmlText(dataset.Id)}</c>";
        RowTypeEmitter.Write(writer, dataset, options);
        writer.Line();
        writer.Line($"private static {listType}{options.Nullability} {field};");
        writer.Line();
        writer.Line($"/// <summary>{claim}: {dataset.Rows.Count} rows, each with its own citation.</summary>");
        writer.Line($"/// <remarks>Dataset id: <c>{CSharpText.XmlText(dataset.Id)}</c>.</remarks>");
        writer.Line($"public static {listType} {CSharpText.Identifier(dataset.MemberName)} => {field} ?? ({field} = global::System.Array.AsReadOnly(new {rowType}[]");
        writer.Open();
        foreach (var row in dataset.Rows)
        {
            var cells = string.Join(", ", row.Cells.Select(ValueCode.Expression));
            writer.Line($"new {rowType}({cells}, {Citation(row.Citation, options)}),");
        }

        writer.Close("));");
    }
}

using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Generators.Emit;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;

namespace FactGen.Benchmarks;

/// <summary>
/// The facts of a file written as a person would write them by hand without FactGen: an auto-property with an
/// initializer per fact, all built by one static constructor, each with a doc comment that shows the quote, a list of
/// rows per dataset built the same way, and a class of the sources they cite. No registry: the generated side carries one, so the
/// comparison is, if anything, unfair to FactGen.
/// </summary>
public static class NaiveShape
{
    /// <summary>The C# of the facts of <paramref name="yaml"/>, read from <paramref name="path"/>, in namespace <paramref name="ns"/>.</summary>
    public static string Write(string path, string yaml, string ns)
    {
        var file = FactFileParser.Parse(path, yaml);
        var options = new EmitOptions(ns, Nullable: true, Records: true);
        var code = new StringBuilder(yaml.Length * 3);
        code.Append("namespace ").Append(ns).Append("\n{\n")
            .Append("    /// <summary>Sources written by hand.</summary>\n")
            .Append("    public static class FactSources\n    {\n");
        foreach (var source in file.Sources)
        {
            code.Append("        /// <summary>").Append(CSharpText.XmlText(source.Publisher ?? source.Id)).Append("</summary>\n")
                .Append("        public static global::FactGen.Source ").Append(CSharpText.Identifier(FactSetValidator.SourceMemberName(source.Id)))
                .Append(" { get; } = new(").Append(CSharpText.Literal(source.Id)).Append(", ").Append(CSharpText.LiteralOrNull(source.Publisher))
                .Append(", ").Append(CSharpText.LiteralOrNull(source.Title)).Append(", ").Append(CSharpText.LiteralOrNull(source.Author))
                .Append(", ").Append(source.Published is { } published ? ValueCode.Date(published) : "null")
                .Append(", ").Append(CSharpText.LiteralOrNull(source.Url)).Append(");\n\n");
        }

        code.Append("    }\n\n")
            .Append("    /// <summary>Facts written by hand.</summary>\n")
            .Append("    public static class ").Append(file.ClassName).Append("\n    {\n");
        foreach (var fact in file.Facts)
        {
            code.Append("        /// <summary>").Append(CSharpText.XmlText(fact.Claim)).Append(": “")
                .Append(CSharpText.XmlText(fact.Citation.Quote)).Append("”</summary>\n")
                .Append("        public static global::FactGen.Fact<").Append(ValueCode.TypeName(fact.Value.Type)).Append("> ").Append(fact.MemberName)
                .Append(" { get; } = new(").Append(string.Join(", ", ConstructorArguments(fact, options))).Append(");\n\n");
        }

        foreach (var dataset in file.Datasets)
        {
            // The row type as FactGen writes it; the rows as a person would: a constructor call each.
            var writer = new SourceWriter();
            writer.Indent().Indent();
            RowTypeEmitter.Write(writer, dataset, options);
            code.Append(writer.ToSourceText()).Append("\n        /// <summary>").Append(CSharpText.XmlText(dataset.Claim ?? dataset.Id)).Append("</summary>\n")
                .Append("        public static global::System.Collections.Generic.IReadOnlyList<").Append(dataset.RowTypeName).Append("> ").Append(dataset.MemberName)
                .Append(" { get; } = new ").Append(dataset.RowTypeName).Append("[]\n        {\n");
            foreach (var row in dataset.Rows)
            {
                code.Append("            new(").Append(string.Join(", ", row.Cells.Select(Expression))).Append(", ").Append(Citation(row.Citation, options)).Append("),\n");
            }

            code.Append("        };\n");
        }

        return code.Append("    }\n}\n").ToString();
    }

    private static string Expression(CellValue cell) => cell.Kind switch
    {
        ValueKind.Text => CSharpText.Literal(cell.Text!),
        ValueKind.Boolean => cell.Boolean ? "true" : "false",
        ValueKind.Date => ValueCode.Date(cell.Date!.Value),
        _ => Expression(cell.Figure!),
    };

    private static string Citation(CitationSpec citation, EmitOptions options)
        => $"new global::FactGen.Citation({options.SourceReference(citation.SourceId)}, {CSharpText.Literal(citation.Quote)}, "
            + $"{CSharpText.LiteralOrNull(citation.AttributedTo)}, {CSharpText.LiteralOrNull(citation.Locator)})";

    /// <summary>The arguments of the <c>Fact&lt;T&gt;</c> constructor that builds <paramref name="fact"/>.</summary>
    private static string[] ConstructorArguments(FactSpec fact, EmitOptions options) =>
    [
        CSharpText.Literal(fact.Id),
        CSharpText.Literal(fact.Claim),
        Expression(fact.Value),
        CSharpText.LiteralOrNull(fact.Unit),
        $"global::FactGen.Precision.{fact.Precision}",
        fact.Period is { } period ? Period(period) : "null",
        Citation(fact.Citation, options),
    ];

    private static string Expression(FigureValue figure)
    {
        var low = Single(figure, figure.Low);
        return figure.High is { } high ? $"new {ValueCode.TypeName(figure.Type)}({low}, {Single(figure, high)})" : low;
    }

    private static string Single(FigureValue figure, decimal number) => figure.Kind switch
    {
        ValueKind.Integer => decimal.ToInt64(number).ToString(CultureInfo.InvariantCulture) + "L",
        ValueKind.Year => decimal.ToInt32(number).ToString(CultureInfo.InvariantCulture),
        ValueKind.Percentage => $"new global::FactGen.Percentage({number.ToString(CultureInfo.InvariantCulture)}m)",
        ValueKind.Money => $"new global::FactGen.Money({number.ToString(CultureInfo.InvariantCulture)}m, {CSharpText.Literal(figure.Currency!)})",
        _ => number.ToString(CultureInfo.InvariantCulture) + "m",
    };

    private static string Period(PeriodValue period)
        => period.End is { } end ? $"new global::FactGen.Period({ValueCode.Date(period.Start)}, {ValueCode.Date(end)})" : $"new global::FactGen.Period({ValueCode.Date(period.Start)})";
}

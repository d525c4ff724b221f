using System.Linq;
using FactGen.Model;

namespace FactGen.Generators.Emit;

/// <summary>
/// Writes a dataset's row type: a positional record where the language has records, else a sealed class with the
/// same constructor, properties and value equality, so that C# 7.3 and netstandard2.0 projects compile too.
/// </summary>
internal static class RowTypeEmitter
{
    public static void Write(SourceWriter writer, DatasetSpec dataset, EmitOptions options)
    {
        var rowType = CSharpText.Identifier(dataset.RowTypeName);
        var properties = dataset.Columns
            .Select(column => (Type: ValueCode.TypeName(column.Type), Name: CSharpText.Identifier(column.PropertyName), Doc: $"Column <c>{CSharpText.XmlText(column.Name)}</c> ({CSharpText.XmlText(column.Type.ToString())})."))
            .Concat(new[] { (Type: "global::FactGen.Citation", Name: "Citation", Doc: "Where the row comes from: its source and verbatim quote.") })
            .ToList();
        writer.Line($"/// <summary>A row of <see cref=\"{CSharpText.Identifier(dataset.MemberName)}\"/>.</summary>");
        if (options.Records)
        {
            WriteParameterDocs(writer, properties.Select(p => (p.Name.TrimStart('@'), p.Doc)));
            writer.Line(options.GeneratedCodeAttribute);
            ClsNames.Mark(writer, options, ClsNames.IsNotCompliant(dataset.RowTypeName));
            writer.Line($"public sealed record {rowType}({string.Join(", ", properties.Select(p => $"{p.Type} {p.Name}"))});");
            return;
        }

        writer.Line(options.GeneratedCodeAttribute);
        ClsNames.Mark(writer, options, ClsNames.IsNotCompliant(dataset.RowTypeName));
        writer.Line($"public sealed class {rowType} : global::System.IEquatable<{rowType}>");
        writer.Open();
        writer.Line("/// <summary>Creates a row.</summary>");
        WriteParameterDocs(writer, properties.Select(p => (Parameter(p.Name).TrimStart('@'), p.Doc)));
        writer.Line($"public {rowType}({string.Join(", ", properties.Select(p => $"{p.Type} {Parameter(p.Name)}"))})");
        writer.Open();
        foreach (var property in properties)
        {
            writer.Line($"this.{property.Name} = {Parameter(property.Name)};");
        }

        writer.Close();
        foreach (var property in properties)
        {
            writer.Line();
            writer.Line($"/// <summary>{property.Doc}</summary>");
            writer.Line($"public {property.Type} {property.Name} {{ get; }}");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({rowType}{options.Nullability} other)");
        writer.Open();
        writer.Line("return !(other is null)");
        writer.Indent();
        for (var i = 0; i < properties.Count; i++)
        {
            var end = i == properties.Count - 1 ? ";" : string.Empty;
            writer.Line($"&& global::System.Collections.Generic.EqualityComparer<{properties[i].Type}>.Default.Equals(this.{properties[i].Name}, other.{properties[i].Name}){end}");
        }

        writer.Outdent();
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object{options.Nullability} obj) => Equals(obj as {rowType});");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode()");
        writer.Open();
        writer.Line("var hash = 17;");
        foreach (var property in properties)
        {
            writer.Line($"hash = unchecked((hash * 31) + global::System.Collections.Generic.EqualityComparer<{property.Type}>.Default.GetHashCode(this.{property.Name}));");
        }

        writer.Line("return hash;");
        writer.Close();
        writer.Close();
    }

    private static void WriteParameterDocs(SourceWriter writer, System.Collections.Generic.IEnumerable<(string Name, string Doc)> parameters)
    {
        foreach (var (name, doc) in parameters)
        {
            writer.Line($"/// <param name=\"{name}\">{doc}</param>");
        }
    }

    private static string Parameter(string propertyName) => CSharpText.Identifier(CSharpText.Camel(propertyName.TrimStart('@')));
}

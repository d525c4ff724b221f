using FactGen.Model;
using FactGen.Model.Validation;

namespace FactGen.Generators.Emit;

/// <summary>Writes <c>FactSources</c>, one property per declared source, and <c>AllFacts.Registry</c>, every fact of the compilation.</summary>
internal static class RegistryEmitter
{
    /// <summary>The name of the generated file.</summary>
    public const string HintName = "FactGen.Registry.g.cs";

    public static string Emit(RegistryModel model, EmitOptions options)
    {
        var writer = new SourceWriter();
        options.WriteHeader(writer, "all fact files");
        writer.Line("/// <summary>The sources that the facts of this project cite.</summary>");
        writer.Line(options.GeneratedCodeAttribute);
        writer.Line("public static class FactSources");
        writer.Open();
        var first = true;
        foreach (var source in model.Sources)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteSource(writer, source, options);
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
        writer.Line("public static global::FactGen.FactRegistry Registry => s_registry ?? (s_registry = new global::FactGen.FactRegistry(new string[]");
        writer.Open();
        foreach (var entry in model.Entries)
        {
            writer.Line($"{CSharpText.Literal(entry.Id)},");
        }

        writer.Close(", FactAt));");
        writer.Line();
        writer.Line("private static global::FactGen.IFact FactAt(int index)");
        writer.Open();

        // Superseded facts are registered too: the registry is the record of every figure, old ones included.
        writer.Line("#pragma warning disable CS0618");
        writer.Line("switch (index)");
        writer.Open();
        for (var i = 0; i < model.Entries.Count; i++)
        {
            var entry = model.Entries[i];
            writer.Line($"case {i}: return global::{options.Namespace}.{CSharpText.Identifier(entry.ClassName)}.{CSharpText.Identifier(entry.MemberName)};");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Line("#pragma warning restore CS0618");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteSource(SourceWriter writer, SourceSpec source, EmitOptions options)
    {
        var member = FactSetValidator.SourceMemberName(source.Id);
        var field = "s_" + CSharpText.Camel(member);
        writer.Line($"private static global::FactGen.Source{options.Nullability} {field};");
        writer.Line();
        writer.Line($"/// <summary>{CSharpText.XmlText(FactSetValidator.LongReference(source))}.</summary>");
        if (source.Author is { } author)
        {
            writer.Line($"/// <remarks>By {CSharpText.XmlText(author)}.</remarks>");
        }

        writer.Line($"public static global::FactGen.Source {CSharpText.Identifier(member)} => {field} ?? ({field} = new global::FactGen.Source(");
        writer.Indent();
        writer.Line($"{CSharpText.Literal(source.Id)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Publisher)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Title)},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Author)},");
        writer.Line($"{(source.Published is { } published ? ValueCode.Date(published) : "null")},");
        writer.Line($"{CSharpText.LiteralOrNull(source.Url)},");
        writer.Line($"{(source.Retrieved is { } retrieved ? ValueCode.Date(retrieved) : "null")}));");
        writer.Outdent();
    }
}

/// <summary>What the registry file is made of: the sources and the facts' places. Changes only when they do.</summary>
internal sealed record RegistryModel(EquatableArray<SourceSpec> Sources, EquatableArray<RegistryEntry> Entries);

using System.Collections.Generic;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Validation;

namespace FactGen.Generators.Emit;

/// <summary>Writes <c>FactSources</c>, one property per declared source, and <c>AllFacts.Registry</c>, every fact of the compilation.</summary>
internal static class RegistryEmitter
{
    /// <summary>The name of the generated file.</summary>
    public const string HintName = "FactGen.Registry.g.cs";

    /// <summary>How many facts one method of the registry's switch covers.</summary>
    private const int BlockSize = 256;

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
        writer.Line("public static global::FactGen.FactRegistry Registry => s_registry ?? (s_registry = new global::FactGen.FactRegistry(Ids.Split(new[] { ' ' }, global::System.StringSplitOptions.RemoveEmptyEntries), FactAt));");
        writer.Line();

        // Ids hold no spaces. One constant compiles and loads in no time; an array of literals is one long method.
        writer.Line("// Every fact id, in registry order.");
        writer.Line($"private const string Ids = {CSharpText.Literal(string.Join(" ", model.Entries.Select(entry => entry.Id)))};");
        writer.Line();
        var blocks = Enumerable.Range(0, (model.Entries.Count + BlockSize - 1) / BlockSize).ToList();
        if (blocks.Count > 1)
        {
            // The first lookup compiles the dispatch and one block, not a switch over every fact of the project.
            WriteSwitch(writer, "FactAt", blocks.Select(block => $"case {block}: return FactAt{block}(index);"), "index / " + BlockSize);
            foreach (var block in blocks)
            {
                writer.Line();
                WriteFactCases(writer, $"FactAt{block}", model, block * BlockSize, options);
            }
        }
        else
        {
            WriteFactCases(writer, "FactAt", model, 0, options);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteFactCases(SourceWriter writer, string method, RegistryModel model, int first, EmitOptions options)
    {
        var cases = model.Entries.Skip(first).Take(BlockSize).Select((entry, offset) =>
            $"case {first + offset}: return global::{options.Namespace}.{CSharpText.Identifier(entry.ClassName)}.{CSharpText.Identifier(entry.MemberName)};");

        // Superseded facts are registered too: the registry is the record of every figure, old ones included.
        writer.Line("#pragma warning disable CS0618");
        WriteSwitch(writer, method, cases, "index");
        writer.Line("#pragma warning restore CS0618");
    }

    private static void WriteSwitch(SourceWriter writer, string method, IEnumerable<string> cases, string on)
    {
        writer.Line($"private static global::FactGen.IFact {method}(int index)");
        writer.Open();
        writer.Line($"switch ({on})");
        writer.Open();
        foreach (var line in cases)
        {
            writer.Line(line);
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Close();
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

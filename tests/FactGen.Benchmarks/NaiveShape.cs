using System.Text;
using FactGen.Generators.Emit;
using FactGen.Model.Parsing;

namespace FactGen.Benchmarks;

/// <summary>
/// The facts of a file written as a person would write them by hand without FactGen: an auto-property with an
/// initializer per fact, all built by one static constructor, each with a doc comment that shows the quote. It has
/// the same class, property names and values as the generated code, so the generated registry compiles against it.
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
            .Append("    /// <summary>Facts written by hand.</summary>\n")
            .Append("    public static class ").Append(file.ClassName).Append("\n    {\n");
        foreach (var fact in file.Facts)
        {
            code.Append("        /// <summary>").Append(CSharpText.XmlText(fact.Claim)).Append(": “")
                .Append(CSharpText.XmlText(fact.Citation.Quote)).Append("”</summary>\n")
                .Append("        public static ").Append(FactFileEmitter.FactType(fact)).Append(' ').Append(fact.MemberName)
                .Append(" { get; } = new(").Append(string.Join(", ", FactFileEmitter.ConstructorArguments(fact, options))).Append(");\n\n");
        }

        return code.Append("    }\n}\n").ToString();
    }
}

using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Model;

namespace FactGen.Cli.Check;

/// <summary><c>factgen check [paths…]</c>: the generator's rules on fact files, outside the compiler.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command; progress shows only when <paramref name="isTerminal"/>.</summary>
    public static Command Create(bool isTerminal)
    {
        var paths = FactTree.PathsArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (the compiler's path(line,col): severity id: message), sarif (SARIF 2.1.0) or json",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        format.AcceptOnlyFromAmong(DiagnosticFormat.Text, DiagnosticFormat.Sarif, DiagnosticFormat.Json);

        var sources = FactTree.SourcesOption();
        var maxFileSize = FactTree.MaxFileSizeOption();
        var command = new Command("check", "Checks fact files with exactly the rules of the generator and its analyzer. Exits with 1 when a problem has error severity.")
        {
            paths,
            format,
            sources,
            maxFileSize,
        };
        CommandExamples.Add(
            command,
            "factgen check",
            "factgen check facts/brain-drain.yaml more-facts/",
            "factgen check --format sarif > factgen.sarif");
        CommandAction.Set(command, result =>
        {
            var output = result.InvocationConfiguration.Output;
            var progress = isTerminal ? new TerminalProgress(result.InvocationConfiguration.Error) : null;
            var tree = FactTree.Load(result.GetValue(paths) ?? [], result.GetValue(sources) ?? [], result.GetValue(maxFileSize), progress);
            Write(tree, result.GetValue(format)!, output);
            return tree.HasErrors ? 1 : 0;
        });
        return command;
    }

    private static string Summary(FactTree tree)
    {
        var counts = tree.Diagnostics.GroupBy(diagnostic => diagnostic.Rule.Severity)
            .OrderByDescending(group => group.Key)
            .Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}{(group.Key == FactSeverity.Info ? " message" : string.Empty)}{(group.Count() == 1 ? "" : "s")}");
        var files = tree.Files.Count == 1 ? "1 fact file" : $"{tree.Files.Count} fact files";
        return tree.Diagnostics.Count == 0 ? $"{files} checked: no problems." : $"{files} checked: {string.Join(", ", counts)}.";
    }

    private static void Write(FactTree tree, string format, TextWriter output)
    {
        switch (format)
        {
            case DiagnosticFormat.Sarif:
                SarifWriter.Write(tree.Diagnostics, output);
                break;
            case DiagnosticFormat.Json:
                DiagnosticJsonWriter.Write(tree.Diagnostics, output);
                break;
            default:
                foreach (var diagnostic in tree.Diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }

                output.WriteLine(Summary(tree));
                break;
        }
    }
}

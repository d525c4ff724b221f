using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using FactGen.Cli.Archiving;
using FactGen.Cli.Check;
using FactGen.Cli.Export;
using FactGen.Cli.Extract;

namespace FactGen.Cli;

/// <summary>The <c>factgen</c> command line: its commands, and one entry point that tests call in-process.</summary>
public static class Cli
{
    /// <summary>
    /// Runs <c>factgen</c> with <paramref name="args"/>, writing results to <paramref name="output"/> and problems
    /// to <paramref name="error"/>, and returns the exit code: 0 when all is well, 1 when a fact file has an error,
    /// 2 when the command line or a path is wrong.
    /// </summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems with the command itself, and progress, go.</param>
    /// <param name="isTerminal">Whether <paramref name="output"/> is a terminal a person watches; only then is progress shown.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal = false)
    {
        // Named factgen, as the tool is installed, rather than after the assembly as RootCommand would be: an assembly
        // named factgen would clash with the runtime library FactGen, since assembly names ignore case.
        var root = new Command("factgen", "Checks, exports and extracts FactGen fact files (YAML files of figures, each cited to its source), and archives the source texts their quotes are verified against.")
        {
            new HelpOption(),
            new VersionOption(),
            CheckCommand.Create(isTerminal),
            ExportCommand.Create(),
            ExtractCommand.Create(),
            ArchiveCommand.Create(),
        };
        CommandExamples.Add(root, "factgen check", "factgen export --format csl-json --output refs.json", "factgen extract article.txt --source my-source", "factgen archive page.html --output facts/archive");
        CommandExamples.UseInHelp(root);

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
        {
            // Standard output may be a SARIF or CSV file being written: a wrong command line says so on standard error only.
            parseError.ShowHelp = false;
        }

        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        if (parsed.Errors.Count == 0 || parsed.Action is not ParseErrorAction)
        {
            // Help runs even when the arguments it was asked with are incomplete: "factgen extract --help" is no error.
            return exitCode;
        }

        // System.CommandLine exits with 1 on a command line it cannot parse; here 1 means the facts have errors.
        var command = parsed.CommandResult.Command == root ? root.Name : $"{root.Name} {parsed.CommandResult.Command.Name}";
        error.WriteLine($"Run '{command} --help' for usage and examples.");
        return UsageException.ExitCode;
    }
}

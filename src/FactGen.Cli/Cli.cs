using System.CommandLine;
using System.IO;
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
        var root = new RootCommand("Checks, exports and extracts FactGen fact files: YAML files of figures, each cited to its source.")
        {
            CheckCommand.Create(isTerminal),
            ExportCommand.Create(),
            ExtractCommand.Create(),
        };
        CommandExamples.Add(root, "factgen check", "factgen export --format csl-json --output refs.json", "factgen extract article.txt --source my-source");
        CommandExamples.UseInHelp(root);

        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

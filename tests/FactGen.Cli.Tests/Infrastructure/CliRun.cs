using System.IO;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of <c>factgen</c> gave.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>factgen</c> with <paramref name="args"/> through its entry point, not as a process.</summary>
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = FactGen.Cli.Cli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace FactGen.PackageTests.Infrastructure;

/// <summary>What one <c>dotnet</c> command printed, and how it ended.</summary>
public sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string Output)
{
    /// <summary>The command, where it ran, its exit code and all it printed: what a failing test shows.</summary>
    public string Describe() => $"`{Command}` in {WorkingDirectory} exited {ExitCode}:{Environment.NewLine}{Output}";

    /// <summary>Fails the test, showing the whole output, unless the command succeeded.</summary>
    public CommandResult EnsureSuccess()
        => ExitCode == 0 ? this : throw new XunitException("A command failed. " + Describe());
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user would, with a time limit, and captures stdout and stderr together.
/// </summary>
public static class DotNetCli
{
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Runs <c>dotnet args</c> in <paramref name="workingDirectory"/>. No MSBuild node or compiler server is left
    /// running: such a process would outlive the test and keep its output pipes open.
    /// </summary>
    public static CommandResult Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into the user's build.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = "dotnet " + string.Join(" ", args);
        if (!process.WaitForExit(s_timeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new XunitException($"`{command}` in {workingDirectory} took more than {s_timeLimit.TotalMinutes} minutes. Its output:{Environment.NewLine}{Text(output)}");
        }

        // The parameterless wait returns once the redirected output has been read to its end.
        process.WaitForExit();
        return new CommandResult(command, workingDirectory, process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

using System;
using System.IO;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Tests.Infrastructure;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>The repository's curated facts/, as the tests read them.</summary>
public static class Repository
{
    /// <summary>The fact files of facts/, in path order.</summary>
    public static string[] FactFilePaths => Directory.GetFiles(TestPaths.FactsDirectory, "*.yaml").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The fact files of facts/, parsed by the Model.</summary>
    public static FactFile[] ParseFactFiles() => FactFilePaths.Select(path => FactFileParser.Parse(path, File.ReadAllText(path))).ToArray();
}

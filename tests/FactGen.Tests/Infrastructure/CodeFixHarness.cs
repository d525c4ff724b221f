using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FactGen.Tests.Infrastructure;

/// <summary>A project in an <see cref="AdhocWorkspace"/>, as the IDE holds it: the code, the fact files as additional documents, the generated facts.</summary>
public sealed record FixProject(Solution Solution, DocumentId Code, IReadOnlyDictionary<string, DocumentId> FactFiles)
{
    /// <summary>The text of the code document.</summary>
    public string CodeText => Solution.GetDocument(Code)!.GetTextAsync().Result.ToString();

    /// <summary>The text of the fact file at <paramref name="path"/>.</summary>
    public string FactFileText(string path)
        => Solution.GetProject(Solution.GetDocument(Code)!.Project.Id)!.AdditionalDocuments.Single(document => document.FilePath == path).GetTextAsync().Result.ToString();
}

/// <summary>
/// Tests code fixes without Microsoft.CodeAnalysis.Testing: builds the project in an AdhocWorkspace (with the
/// generator's output added as documents, which is what the IDE's compilation holds), finds the diagnostics with the
/// analyzer, and applies the fix's operations.
/// </summary>
public static class CodeFixHarness
{
    /// <summary>The project folder; fact files live under <c>/project/facts</c>.</summary>
    public const string ProjectDirectory = "/project";

    /// <summary>A project with <paramref name="code"/> in Program.cs and <paramref name="factFiles"/> (path → YAML).</summary>
    public static FixProject Create(string code, IReadOnlyDictionary<string, string> factFiles)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Sample",
            "Sample",
            LanguageNames.CSharp,
            filePath: ProjectDirectory + "/Sample.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: parseOptions,
            metadataReferences: Compilations.References));
        var codeId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(codeId, "Program.cs", SourceText.From(code), filePath: ProjectDirectory + "/Program.cs");
        var factFileIds = new Dictionary<string, DocumentId>();
        foreach (var (path, yaml) in factFiles)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddAdditionalDocument(id, System.IO.Path.GetFileName(path), SourceText.From(yaml), ["facts"], path);
            factFileIds[path] = id;
        }

        var generated = GeneratorHarness.Run(factFiles.Select(file => new TestFactFile(file.Key, file.Value)));
        foreach (var source in generated.Result.Results.Single().GeneratedSources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), source.HintName, source.SourceText, filePath: ProjectDirectory + "/obj/" + source.HintName);
        }

        return new FixProject(solution, codeId, factFileIds);
    }

    /// <summary>The FG1xxx diagnostics of the code document, in source order.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> DiagnoseAsync(FixProject project)
    {
        var compilation = (await project.Solution.GetDocument(project.Code)!.Project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(GeneratorHarness.DefaultOptions, []));
        var diagnostics = await compilation.WithAnalyzers([new FigureAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(diagnostic => diagnostic.Location.SourceTree?.FilePath == ProjectDirectory + "/Program.cs").OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }

    /// <summary>The titles of the fixes <paramref name="fix"/> offers for <paramref name="diagnostic"/>.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(FixProject project, CodeFixProvider fix, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(project.Solution.GetDocument(project.Code)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The project after applying <paramref name="action"/>.</summary>
    public static async Task<FixProject> ApplyAsync(FixProject project, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        return project with { Solution = apply.ChangedSolution };
    }
}

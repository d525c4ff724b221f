using System.Collections.Concurrent;
using System.Collections.Immutable;
using FactGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generators.Figures;

/// <summary>
/// FG1001 and FG1002: a figure in C# code that a fact holds but the code writes by hand, and a figure that reaches a
/// reader with no fact behind it. Facts are learned from symbols, so the analyzer reads no YAML. It starts from the
/// syntax of each literal: one that cannot be a figure (a small number, a string without a figure) costs no binding;
/// the rest cost a walk up the operation tree and a hash lookup. The project's resource and Razor files, which a
/// reader meets too, are read by <see cref="TextFileFigures"/> (FG1003 in resources) against the same facts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FigureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => FactDescriptors.CodeRules;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (FigureSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            var factsNamespace = FactGenerator.NamespaceOf(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var facts = KnownFacts.Lazily(start.Compilation, symbols, factsNamespace, start.CancellationToken);
            var options = new ConcurrentDictionary<SyntaxTree, FigureOptions>();
            var reporter = new FigureReporter(start.Compilation, symbols, facts, factsNamespace, start.Options);
            start.RegisterSyntaxNodeAction(
                node => reporter.AnalyzeLiteral(node, OptionsOf(node.Node.SyntaxTree, node.Options)),
                SyntaxKind.NumericLiteralExpression,
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.InterpolatedStringText);
            start.RegisterAdditionalFileAction(file => TextFileFigures.Analyze(file, facts));

            // Read once per tree; looked up first, so that the usual call allocates no closure for the read.
            FigureOptions OptionsOf(SyntaxTree tree, AnalyzerOptions analyzerOptions)
                => options.TryGetValue(tree, out var known)
                    ? known
                    : options.GetOrAdd(tree, FigureOptions.Read(analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree)));
        });
    }
}

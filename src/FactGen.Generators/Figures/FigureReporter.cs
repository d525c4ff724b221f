using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using FactGen.Model.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Figures;

/// <summary>
/// Judges each literal, and each use of a constant, of one compilation: is it a figure, is it a known fact, does it
/// reach a reader. What a code fix needs goes into the diagnostic's properties under the names of
/// <see cref="FigureProperties"/>.
/// </summary>
internal sealed class FigureReporter
{
    private readonly Compilation _compilation;
    private readonly FigureSymbols _symbols;
    private readonly Lazy<KnownFacts> _facts;
    private readonly FigureFlow _flow;
    private readonly string _factsNamespace;

    public FigureReporter(Compilation compilation, FigureSymbols symbols, Lazy<KnownFacts> facts, string factsNamespace, AnalyzerOptions options)
    {
        _compilation = compilation;
        _symbols = symbols;
        _facts = facts;
        _flow = new FigureFlow(compilation, symbols, options);
        _factsNamespace = factsNamespace;
    }

    /// <summary>
    /// Judges one literal written in the code. Syntax first: most literals are strings without a figure or small
    /// numbers, which are dropped before the semantic model is asked anything; only what is left is bound and followed
    /// to where its value goes.
    /// </summary>
    public void AnalyzeLiteral(SyntaxNodeAnalysisContext context, FigureOptions options)
    {
        if (options.Scope == FigureScope.None)
        {
            return;
        }

        switch (context.Node)
        {
            case LiteralExpressionSyntax { Token: var token } number when token.IsKind(SyntaxKind.NumericLiteralToken):
                AnalyzeNumber(context, options, number, token);
                break;
            case LiteralExpressionSyntax { Token: var token } text when token.Value is string:
                AnalyzeText(context, options, text, token);
                break;
            case InterpolatedStringTextSyntax text:
                AnalyzeText(context, options, text, text.TextToken);
                break;
        }
    }

    private void AnalyzeText(SyntaxNodeAnalysisContext context, FigureOptions options, SyntaxNode node, SyntaxToken token)
    {
        var text = token.ValueText;
        if (TextFigures.Read(text, options, _facts) is not { Count: > 0 } figures || FigurePlaces.IsNeverAFigure(node)
            || LiteralAt(context, node) is not { } literal || FigurePlaces.IsNeverAFigure(literal, _symbols)
            || Where(context, literal, options, isText: true, inInterpolation: FigurePlaces.IsInterpolatedText(literal)) is not { } where)
        {
            return;
        }

        ReportText(context, text, figures, token, node.GetLocation(), where.Words, FigurePlaces.IsInConstant(literal));
    }

    private void AnalyzeNumber(SyntaxNodeAnalysisContext context, FigureOptions options, LiteralExpressionSyntax node, SyntaxToken token)
    {
        // A number in an interpolation hole may be read with a sign beside it ({13}%), which lifts the minimum.
        if (token.Value is not { } value || ToNumber(value) is not { } magnitude
            || (options.IsTooSmall(magnitude) && !IsInHole(node)) || FigurePlaces.IsNeverAFigure(node)
            || (options.Scope == FigureScope.Output && (FigurePlaces.IsUsedUpWhereItStands(node, isNumber: true) || _flow.GoesOnlyToACallThatCannotWriteIt(node)))
            || LiteralAt(context, node) is not { } literal)
        {
            return;
        }

        var signed = FigurePlaces.WithSign(literal);
        var number = signed == literal ? magnitude : -magnitude;
        var hole = FigurePlaces.HoleOf(signed);
        var withSign = hole is null ? null : ReadWithSign(hole, number);
        if ((withSign is null && options.IsTooSmall(number)) || FigurePlaces.IsNeverAFigure(literal, _symbols)
            || Where(context, signed, options, isText: false, inInterpolation: hole is not null) is not { } place)
        {
            return;
        }

        if (withSign is { } figure)
        {
            ReportFigure(context, figure.Key, figure.Location, figure.Written, FigureProperties.HoleKind, place.Words);
        }
        else
        {
            ReportNumber(context, number, signed, place.Reach, place.Words, FigurePlaces.IsInConstant(literal));
        }
    }

    /// <summary>The literal's operation; for the text of an interpolated string, the literal that holds it.</summary>
    private static ILiteralOperation? LiteralAt(SyntaxNodeAnalysisContext context, SyntaxNode node)
        => context.SemanticModel.GetOperation(node, context.CancellationToken) switch
        {
            ILiteralOperation literal => literal,
            IInterpolatedStringTextOperation { Text: ILiteralOperation literal } => literal,
            _ => null,
        };

    /// <summary>Whether the number, or its negation, is the whole expression of an interpolation hole.</summary>
    private static bool IsInHole(SyntaxNode number)
    {
        var expression = number.Parent is PrefixUnaryExpressionSyntax negation && negation.IsKind(SyntaxKind.UnaryMinusExpression) ? negation : number;
        return expression.Parent is InterpolationSyntax;
    }

    /// <summary>
    /// Where a figure is reported and how the message says so: where its value reaches a reader; else, in an
    /// interpolated string (written for a reader whatever becomes of it) or under the <c>all</c> scope, where it is, as
    /// a value of its type, unless it is a named constant's value.
    /// </summary>
    private (Reach Reach, string Words)? Where(SyntaxNodeAnalysisContext context, IOperation figure, FigureOptions options, bool isText, bool inInterpolation)
    {
        if (_flow.FindSink(figure, options, isText, context.CancellationToken) is { } sink)
        {
            return (sink.Reach, sink.ToString());
        }

        return inInterpolation ? (Reach.AsText, "is written in an interpolated string")
            : options.Scope == FigureScope.All && !FigurePlaces.IsInNamedConstant(figure) ? (Reach.AsTypedValue, "is written in the code")
            : null;
    }

    /// <summary>
    /// A number in an interpolation hole read with the text around it, as a reader reads it: <c>{13}%</c> as 13%,
    /// <c>${30} billion</c> as $30 billion; null when the text around adds no sign or scale to it.
    /// </summary>
    private static (FigureKey Key, Location Location, string Written)? ReadWithSign(InterpolationSyntax hole, decimal number)
    {
        if (hole.AlignmentClause is not null || hole.FormatClause is not null || hole.Parent is not InterpolatedStringExpressionSyntax interpolated)
        {
            return null;
        }

        var index = interpolated.Contents.IndexOf(hole);
        var before = index > 0 && interpolated.Contents[index - 1] is InterpolatedStringTextSyntax previous ? previous.TextToken : default;
        var after = index + 1 < interpolated.Contents.Count && interpolated.Contents[index + 1] is InterpolatedStringTextSyntax next ? next.TextToken : default;

        // A few characters each side hold any sign, code or scale word ("US$ ", " billion"); text with escapes is left
        // unread, since its source and value differ.
        var tail = Plain(before.Text.Length > 4 ? before.Text.Substring(before.Text.Length - 4) : before.Text);
        var head = Plain(after.Text.Length > 12 ? after.Text.Substring(0, 12) : after.Text);
        var digits = FormatPlain(number);
        var mention = FigureMentions.Find(tail + digits + head)
            .FirstOrDefault(found => found.Start <= tail.Length && found.End >= tail.Length + digits.Length
                                     && (found.Start < tail.Length || found.End > tail.Length + digits.Length));
        if (mention.End == 0 || (mention.Forms & (FigureForms.Percent | FigureForms.Currency | FigureForms.Scaled)) == 0)
        {
            return null;
        }

        var start = mention.Start < tail.Length ? before.Span.End - (tail.Length - mention.Start) : hole.SpanStart;
        var end = mention.End > tail.Length + digits.Length ? after.SpanStart + (mention.End - tail.Length - digits.Length) : hole.Span.End;
        var written = (tail + digits + head).Substring(mention.Start, mention.End - mention.Start);
        return (TextFigures.KeyOf(mention), Location.Create(hole.SyntaxTree, TextSpan.FromBounds(start, end)), written);

        static string Plain(string source) => source.IndexOfAny(new[] { '\\', '{', '}', '"' }) >= 0 ? "" : source;
    }

    private void ReportNumber(SyntaxNodeAnalysisContext context, decimal number, IOperation figure, Reach reach, string where, bool inConstant)
    {
        var written = figure.Syntax.ToString();
        var kind = inConstant ? FigureProperties.NoFixKind : FigureProperties.NumberKind;
        var facts = _facts.Value.Find(new FigureKey(FigureKind.Number, number, null));
        if (facts.Count > 0)
        {
            // A fix is offered only for facts whose value converts to what the code expects here; where the value
            // becomes text, overload resolution finds a Write or Append for any type.
            var target = FigurePlaces.TargetType(figure);
            var fitting = facts.Where(fact => reach == Reach.AsText || target is null || _compilation.ClassifyCommonConversion(fact.ValueType, target).IsImplicit).ToList();
            ReportKnownFact(context, figure.Syntax.GetLocation(), written, facts, kind, fitting);
        }
        else
        {
            ReportUnsourced(context, figure.Syntax.GetLocation(), written, kind, FormatPlain(number), where);
        }
    }

    /// <summary>
    /// Reports <paramref name="figures"/> of <paramref name="text"/>, each at its place in <paramref name="token"/>;
    /// where escapes hide the place, on <paramref name="whole"/>, with no fix; in a constant, with no fix either.
    /// </summary>
    private void ReportText(SyntaxNodeAnalysisContext context, string text, IReadOnlyList<TextFigure> figures, SyntaxToken token, Location whole, string where, bool inConstant)
    {
        foreach (var figure in figures)
        {
            var location = LocationInToken(token, text, figure.Mention) ?? whole;
            var kind = location != whole && !inConstant ? FigureProperties.TextKind : FigureProperties.NoFixKind;
            ReportFigure(context, figure.Key, location, figure.Written, kind, where);
        }
    }

    private void ReportFigure(SyntaxNodeAnalysisContext context, FigureKey key, Location location, string written, string kind, string where)
    {
        var facts = _facts.Value.Find(key);
        if (facts.Count > 0)
        {
            ReportKnownFact(context, location, written, facts, kind, facts);
        }
        else
        {
            ReportUnsourced(context, location, written, kind, written, where);
        }
    }

    private static void ReportKnownFact(SyntaxNodeAnalysisContext context, Location location, string written, IReadOnlyList<KnownFact> facts, string kind, IReadOnlyList<KnownFact> fixable)
    {
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FigureProperties.Kind, kind),
            new KeyValuePair<string, string?>(FigureProperties.Facts, FigureProperties.EncodeFacts(fixable)),
        });

        // Each fact named as the code can write it where the figure is: by its class alone only where that finds it.
        var model = context.SemanticModel;
        var use = string.Join(" or ", facts.Select(fact => WhatToWrite(fact.DisplayMemberAt(model, location.SourceSpan.Start), kind)));
        context.ReportDiagnostic(Diagnostic.Create(
            FactDescriptors.Get(FactRules.FigureIsAFact.Id),
            location,
            properties,
            written,
            TextFigures.NameFacts(facts),
            use));
    }

    private static string WhatToWrite(string member, string kind)
        => kind is FigureProperties.TextKind or FigureProperties.HoleKind ? $"{{{member}.ValueText}} in an interpolated string" : $"{member}.Value";

    private void ReportUnsourced(SyntaxNodeAnalysisContext context, Location location, string written, string kind, string yamlValue, string where)
    {
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FigureProperties.Kind, kind),
            new KeyValuePair<string, string?>(FigureProperties.Value, yamlValue),
            new KeyValuePair<string, string?>(FigureProperties.Namespace, _factsNamespace),
        });
        context.ReportDiagnostic(Diagnostic.Create(FactDescriptors.Get(FactRules.UnsourcedFigure.Id), location, properties, written, where));
    }

    /// <summary>Where the figure is inside the literal's source text; null when escapes make the source differ.</summary>
    private static Location? LocationInToken(SyntaxToken token, string value, FigureMention mention)
        => TextFigures.OffsetInSource(token.Text, value, mention) is not { } position || token.SyntaxTree is not { } tree
            ? null
            : Location.Create(tree, new TextSpan(token.SpanStart + position, mention.End - mention.Start));

    /// <summary>The value of a numeric constant as a decimal; null for what is no number or beyond decimal.</summary>
    internal static decimal? ToNumber(object value)
    {
        try
        {
            return value switch
            {
                int number => number,
                long number => number,
                short number => number,
                ushort number => number,
                uint number => number,
                ulong number => number,
                byte number => number,
                sbyte number => number,
                decimal number => number,
                double number when !double.IsNaN(number) && !double.IsInfinity(number) => (decimal)number,
                float number when !float.IsNaN(number) && !float.IsInfinity(number) => (decimal)number,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            // A double beyond decimal's range is no figure a fact could hold.
            return null;
        }
    }

    private static string FormatPlain(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);
}

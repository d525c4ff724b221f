using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FactGen.Generators.Figures;

/// <summary>How a value reaches a reader.</summary>
internal enum Reach
{
    /// <summary>It does not, as far as the analyzer can tell.</summary>
    None,

    /// <summary>Turned into text, where a value of any type may stand in its place.</summary>
    AsText,

    /// <summary>As a value of its type, into a parameter, property or field marked <c>[Figure]</c>.</summary>
    AsTypedValue,
}

/// <summary>Where in code a value is: a place that never holds a figure, or a place where it reaches a reader.</summary>
internal static class FigurePlaces
{
    /// <summary>
    /// Whether <paramref name="operation"/> sits where a number is no figure: a <c>const</c> or <c>static readonly</c>
    /// initializer (its uses are judged instead), an enum member, an attribute argument, a default parameter value,
    /// an array size, an index, a <c>case</c> or pattern, a value passed through <c>Figure.Unsourced</c>, or a number a
    /// derived figure is computed with (<see cref="FigureSymbols.IsDerivationOperand"/>).
    /// </summary>
    public static bool IsNeverAFigure(IOperation operation, FigureSymbols symbols)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation initializer when initializer.InitializedFields.All(IsConstantLike):
                case IVariableDeclaratorOperation { Symbol.IsConst: true }:
                case IParameterInitializerOperation:
                case IPatternOperation:
                case ICaseClauseOperation:
                case IArrayCreationOperation creation when creation.DimensionSizes.Contains(current):
                case IArrayElementReferenceOperation element when element.Indices.Contains(current):
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Arguments.Contains(current):
                case IArgumentOperation argument when symbols.IsDerivationOperand(argument):
                case IInvocationOperation invocation when symbols.Unsourced is { } unsourced
                                                        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, unsourced):
                    return true;
            }

            current = parent;
        }

        return current.Kind == OperationKind.Attribute;
    }

    /// <summary>
    /// How <paramref name="operation"/> reaches a reader, if it does: as text (an interpolation hole, an argument of
    /// an output call such as <c>Console.Write*</c>, <c>TextWriter.Write*</c>, <c>StringBuilder.Append*</c> or
    /// <c>string.Format</c>, an operand of string concatenation), where a value of any type may stand; or as a value
    /// of its type given to a parameter, property or field marked <c>[Figure]</c>.
    /// </summary>
    public static Reach ReachOf(IOperation operation, FigureSymbols symbols)
    {
        var current = SkipImplicitSteps(operation);
        if (current.Syntax.Parent is InterpolationSyntax hole && hole.Expression == current.Syntax)
        {
            return Reach.AsText;
        }

        switch (current.Parent)
        {
            case IArgumentOperation argument:
                return argument.Parent is IInvocationOperation invocation && symbols.IsOutputMethod(invocation.TargetMethod) ? Reach.AsText
                    : argument.Parameter is { } parameter && symbols.IsMarkedFigure(parameter) ? Reach.AsTypedValue
                    : Reach.None;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                return Reach.AsText;
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                return assignment.Target switch
                {
                    IPropertyReferenceOperation property when symbols.IsMarkedFigure(property.Property) => Reach.AsTypedValue,
                    IFieldReferenceOperation field when symbols.IsMarkedFigure(field.Field) => Reach.AsTypedValue,
                    _ => Reach.None,
                };
            case IPropertyInitializerOperation initializer when initializer.InitializedProperties.Any(symbols.IsMarkedFigure):
            case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Any(symbols.IsMarkedFigure):
                return Reach.AsTypedValue;
            default:
                return Reach.None;
        }
    }

    /// <summary>Whether <paramref name="operation"/> is the text of an interpolated string, which is written for a reader.</summary>
    public static bool IsInterpolatedText(IOperation operation) => operation.Syntax is InterpolatedStringTextSyntax;

    /// <summary>
    /// The operation a literal stands for: its negation when it is written <c>-5</c>, else itself.
    /// </summary>
    public static IOperation WithSign(IOperation literal)
        => literal.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation ? negation : literal;

    /// <summary>The type a value is converted to where it stands, or its own type.</summary>
    public static ITypeSymbol? TargetType(IOperation operation)
        => operation.Parent is IConversionOperation { IsImplicit: true } conversion ? conversion.Type : operation.Type;

    /// <summary>
    /// The value of a <c>static readonly</c> field whose initializer is a literal, read from its declaration, or null.
    /// Its uses are judged like the literal would be.
    /// </summary>
    public static object? ReadOnlyLiteralValue(IFieldSymbol field)
    {
        if (!field.IsStatic || !field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        return value switch
        {
            LiteralExpressionSyntax literal => literal.Token.Value,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax literal } => Negate(literal.Token.Value),
            _ => null,
        };
    }

    private static object? Negate(object? value) => value switch
    {
        int number => -number,
        long number => -number,
        decimal number => -number,
        double number => -number,
        float number => -number,
        _ => null,
    };

    private static bool IsConstantLike(IFieldSymbol field)
        => field.IsConst || (field.IsStatic && field.IsReadOnly) || field.ContainingType.TypeKind == TypeKind.Enum;

    private static IOperation SkipImplicitSteps(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation { IsImplicit: true }
               or ICollectionExpressionOperation { IsImplicit: true } or IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus })
        {
            current = current.Parent;
        }

        return current;
    }
}

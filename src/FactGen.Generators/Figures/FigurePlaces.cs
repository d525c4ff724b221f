using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FactGen.Generators.Figures;

/// <summary>Where in code a value is: a place that never holds a figure, a constant's declaration, an interpolation.</summary>
internal static class FigurePlaces
{
    /// <summary>
    /// Whether <paramref name="operation"/> sits where a number is no figure: an enum member, an attribute argument, a
    /// default parameter value, an array size, an index, a <c>case</c> or pattern, a value passed through
    /// <c>Figure.Unsourced</c>, or a number a derived figure is computed with
    /// (<see cref="FigureSymbols.IsDerivationOperand"/>).
    /// </summary>
    public static bool IsNeverAFigure(IOperation operation, FigureSymbols symbols)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation initializer when initializer.InitializedFields.Any(field => field.ContainingType.TypeKind == TypeKind.Enum):
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
    /// The places of <see cref="IsNeverAFigure(IOperation, FigureSymbols)"/> that the syntax alone shows (an attribute argument, an enum member, a
    /// default parameter value, a <c>case</c> or pattern, an array size, an index), checked before a literal is bound;
    /// also a number in a preprocessor directive (<c>#pragma warning disable 618</c>), which has no operation at all.
    /// </summary>
    public static bool IsNeverAFigure(SyntaxNode literal)
    {
        if (literal.IsPartOfStructuredTrivia())
        {
            return true;
        }

        for (var node = literal.Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax }:
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                case ArrayRankSpecifierSyntax { Parent.Parent: ArrayCreationExpressionSyntax }:
                case BracketedArgumentListSyntax:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the syntax shows that a value is used up where it stands, so that it never reaches a reader as written:
    /// climbed through what may hand it on (<see cref="HandedOnFrom"/>), it ends in a comparison, arithmetic (for a
    /// number, <c>+</c> with a number too: <c>count + 1</c>, <c>count + total</c> with <c>int total</c> a local or
    /// parameter) or a logical operator, a statement's condition, a discarded result, an assignment's target, the value
    /// of an arithmetic compound assignment (<c>-=</c>, <c>*=</c>, and <c>+=</c> to a number; not <c>+=</c> that may
    /// append text, nor <c>??=</c>), an access to one of its members or elements, an array's size or an index. The
    /// data flow hands a value on through none of these, so such a number is dropped before it is bound under the
    /// <c>output</c> scope, and such a use of a member is not bound to be followed.
    /// </summary>
    public static bool IsUsedUpWhereItStands(SyntaxNode value, bool isNumber)
    {
        var node = HandedOnFrom(value, isNumber);
        return node.Parent switch
        {
            BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or IsPatternExpressionSyntax => true,
            IfStatementSyntax or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or SwitchStatementSyntax or LockStatementSyntax => true,
            ExpressionStatementSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Left == node || !(assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                || (assignment.IsKind(SyntaxKind.AddAssignmentExpression) && !DeclaredTypes.IsNumber(assignment.Left))
                || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)),
            ElementAccessExpressionSyntax access => access.Expression == node,
            MemberAccessExpressionSyntax access => access.Expression == node && access.Parent is not InvocationExpressionSyntax,
            ArrayRankSpecifierSyntax or ArgumentSyntax { Parent: BracketedArgumentListSyntax } => true,
            _ => false,
        };
    }

    /// <summary>
    /// The outermost expression that the syntax shows may hand <paramref name="value"/> on: climbed through
    /// parentheses, casts, signs, <c>+</c>, <c>??</c> and a conditional's branches. A number (<paramref name="isNumber"/>)
    /// is not climbed through a <c>+</c> with another number, which is addition, not concatenation; past a <c>+</c>
    /// it did climb, it is text.
    /// </summary>
    public static SyntaxNode HandedOnFrom(SyntaxNode value, bool isNumber)
    {
        var node = value;
        while (node.Parent is { } parent && MayHandOn(parent, node, isNumber))
        {
            isNumber &= !parent.IsKind(SyntaxKind.AddExpression);
            node = parent;
        }

        return node;
    }

    private static bool MayHandOn(SyntaxNode parent, SyntaxNode child, bool isNumber) => parent switch
    {
        ParenthesizedExpressionSyntax or CastExpressionSyntax => true,
        PrefixUnaryExpressionSyntax unary => unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression),
        BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.CoalesceExpression)
                                         || (binary.IsKind(SyntaxKind.AddExpression) && !(isNumber && DeclaredTypes.IsNumber(binary.Left == child ? binary.Right : binary.Left))),
        ConditionalExpressionSyntax conditional => conditional.Condition != child,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="operation"/> is in the value of a <c>const</c>, which a fact (not a constant) cannot
    /// replace: its figure is reported with no fix.
    /// </summary>
    public static bool IsInConstant(IOperation operation) => DeclaredValueOf(operation, field => field.IsConst);

    /// <summary>
    /// Whether <paramref name="operation"/> is in the value of a <c>const</c> or <c>static readonly</c> declaration: a
    /// named value (a delay, a width) that is judged by where it goes, even under the <c>all</c> scope.
    /// </summary>
    public static bool IsInNamedConstant(IOperation operation)
        => DeclaredValueOf(operation, field => field.IsConst || (field.IsStatic && field.IsReadOnly));

    private static bool DeclaredValueOf(IOperation operation, System.Func<IFieldSymbol, bool> isMatch)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IFieldInitializerOperation initializer:
                    return initializer.InitializedFields.Any(isMatch);
                case IVariableDeclaratorOperation declarator:
                    return declarator.Symbol.IsConst;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="operation"/> is the text of an interpolated string, which is written for a reader.</summary>
    public static bool IsInterpolatedText(IOperation operation) => operation.Syntax is InterpolatedStringTextSyntax;

    /// <summary>The interpolation hole whose whole expression <paramref name="operation"/> is, or null.</summary>
    public static InterpolationSyntax? HoleOf(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            current = conversion;
        }

        return current.Syntax.Parent is InterpolationSyntax hole && hole.Expression == current.Syntax ? hole : null;
    }

    /// <summary>
    /// The operation a literal stands for: its negation when it is written <c>-5</c>, else itself.
    /// </summary>
    public static IOperation WithSign(IOperation literal)
        => literal.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation ? negation : literal;

    /// <summary>The type a value is converted to where it stands, or its own type.</summary>
    public static ITypeSymbol? TargetType(IOperation operation)
        => operation.Parent is IConversionOperation { IsImplicit: true } conversion ? conversion.Type : operation.Type;
}

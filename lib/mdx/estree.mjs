// Builders for the JavaScript syntax trees (ESTree) that MDX keeps in JSX
// attribute expressions, for the plugins that add such attributes.

/** Returns a program whose one statement is the expression, as MDX stores an expression's tree. */
export function expressionProgram(expression) {
  return { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] };
}

/**
 * Returns the value of a JSX attribute written as `{…}`: `source` is its code
 * as text and `expression` the same code as a tree, which the compiler uses.
 */
export function expressionValue(source, expression) {
  return { type: 'mdxJsxAttributeValueExpression', value: source, data: { estree: expressionProgram(expression) } };
}

/** Returns the value of a JSX attribute that names a variable, such as an imported image. */
export function identifierValue(name) {
  return expressionValue(name, { type: 'Identifier', name });
}

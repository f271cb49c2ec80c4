package org.hebeiatlas.graphiql;

import java.util.Map;

/**
 * An example operation as GraphiQL offers it: the file's name, whether it is a query or a mutation (a curator's
 * write), what its leading comment says, the document, and variables for those it requires without a default.
 */
record Example(String name, String operation, String description, String query, Map<String, Object> variables) {
}

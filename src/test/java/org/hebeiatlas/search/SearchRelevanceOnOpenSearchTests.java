package org.hebeiatlas.search;

import org.hebeiatlas.scale.OnOpenSearch;

/**
 * The relevance suite on the scale profile's backend, OpenSearch: the same analysis and queries, the same expected
 * top results.
 */
@OnOpenSearch
class SearchRelevanceOnOpenSearchTests extends SearchRelevanceTests {

}

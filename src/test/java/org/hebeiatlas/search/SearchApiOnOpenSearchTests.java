package org.hebeiatlas.search;

import org.hebeiatlas.scale.OnOpenSearch;

/**
 * The search API on the scale profile's backend, OpenSearch: highlights, facets, filters, paging, suggestions and
 * spelling corrections behave as on the embedded Lucene index.
 */
@OnOpenSearch
class SearchApiOnOpenSearchTests extends SearchApiTests {

}

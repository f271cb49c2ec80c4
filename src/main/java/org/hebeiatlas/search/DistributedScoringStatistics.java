package org.hebeiatlas.search;

import java.net.URI;

import org.apache.http.HttpRequestInterceptor;
import org.apache.http.client.methods.HttpRequestWrapper;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

import org.springframework.stereotype.Component;

/**
 * Scores searches on a cluster with term statistics gathered from every index searched
 * ({@code search_type=dfs_query_then_fetch}), as the Lucene backend does over its indexes: a word's rarity is judged
 * over the whole Atlas, not within companies, clusters or counties alone, so both backends rank alike. Referenced by
 * bean name from {@code hibernate.search.backend.client.configurer} in the {@code scale} profile.
 */
@Component(DistributedScoringStatistics.BEAN_NAME)
public class DistributedScoringStatistics implements ElasticsearchHttpClientConfigurer {

	public static final String BEAN_NAME = "distributedScoringStatistics";

	private static final String SEARCH_TYPE = "search_type=dfs_query_then_fetch";

	@Override
	public void configure(ElasticsearchHttpClientConfigurationContext context) {
		context.clientBuilder().addInterceptorLast((HttpRequestInterceptor) (request, httpContext) -> {
			if (request instanceof HttpRequestWrapper wrapper) {
				URI uri = wrapper.getURI();
				if (uri.getPath() != null && uri.getPath().endsWith("/_search")
						&& (uri.getQuery() == null || !uri.getQuery().contains("search_type="))) {
					wrapper.setURI(withSearchType(uri));
				}
			}
		});
	}

	private static URI withSearchType(URI uri) {
		String withoutQuery = uri.toString();
		int question = withoutQuery.indexOf('?');
		if (question >= 0) {
			withoutQuery = withoutQuery.substring(0, question);
		}
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() + "&" + SEARCH_TYPE : SEARCH_TYPE;
		return URI.create(withoutQuery + "?" + query);
	}

}

package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.City;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.product.Product;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * Names that start with what a person has typed so far, in English or Chinese.
 */
@Component
class NameSuggestions {

	private static final List<Class<?>> SUGGESTION_TYPES = List.of(Company.class, Brand.class, Product.class,
			Cluster.class, County.class, City.class);

	static final int MAX_SUGGESTIONS = 20;

	static final int MAX_PREFIX_LENGTH = 64;

	private static final int DEFAULT_SUGGESTIONS = 10;

	private final EntityManager entityManager;

	NameSuggestions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Names that start with the prefix (every word of it), best matches and shortest names first. */
	List<Suggestion> suggest(String prefix, Integer first) {
		int limit = (first != null) ? first : DEFAULT_SUGGESTIONS;
		if (limit < 0 || limit > MAX_SUGGESTIONS) {
			throw new InvalidArgumentException("first", "must be between 0 and " + MAX_SUGGESTIONS + ", was " + limit);
		}
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidArgumentException("prefix", "is longer than " + MAX_PREFIX_LENGTH + " characters");
		}
		String text = prefix.strip();
		if (text.isEmpty() || limit == 0 || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		boolean chinese = text.codePoints().anyMatch(SearchQueryParser::isHan);
		List<?> hits = Search.session(this.entityManager)
			.search(SUGGESTION_TYPES)
			.where((f) -> f.or(
					f.match().field(SearchFields.NAME_PREFIX).matching(text).minimumShouldMatchPercent(100),
					f.match().field(SearchFields.NAME_ZH_PREFIX).matching(text)))
			.sort((f) -> f.score().then().field(SearchFields.NAME_SORT))
			.fetchHits(limit);
		List<Suggestion> suggestions = new ArrayList<>();
		for (Object hit : hits) {
			Object entity = Hibernate.unproxy(hit);
			NamedEntity named = (NamedEntity) entity;
			String label = (chinese && named.getNameZh() != null) ? named.getNameZh() : named.getName();
			suggestions.add(new Suggestion(label,
					Suggestion.Kind.valueOf(entity.getClass().getSimpleName().toUpperCase(Locale.ROOT)), entity));
		}
		return suggestions;
	}

}

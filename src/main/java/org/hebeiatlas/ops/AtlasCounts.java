package org.hebeiatlas.ops;

import java.util.Map;
import java.util.TreeMap;

import org.hebeiatlas.dataset.DatasetImport;

import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.stereotype.Component;

/**
 * How many objects of each kind the Atlas holds, counted by the repository of each entity, so that a feature's new
 * entity is counted without a change here.
 */
@Component
class AtlasCounts {

	private final ApplicationContext context;

	AtlasCounts(ApplicationContext context) {
		this.context = context;
	}

	/** Counts by plural entity name ("counties": 57), in name order. */
	Map<String, Long> count() {
		Repositories repositories = new Repositories(this.context);
		Map<String, Long> counts = new TreeMap<>();
		for (Class<?> type : repositories) {
			if (type == DatasetImport.class) {
				continue;
			}
			repositories.getRepositoryFor(type)
				.filter(CrudRepository.class::isInstance)
				.ifPresent((repository) -> counts.put(plural(type), ((CrudRepository<?, ?>) repository).count()));
		}
		return counts;
	}

	static String plural(Class<?> type) {
		String name = type.getSimpleName();
		String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
	}

}

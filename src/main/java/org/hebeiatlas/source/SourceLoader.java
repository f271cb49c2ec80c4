package org.hebeiatlas.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.graphql.InterfaceField;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Link;
import org.hebeiatlas.model.SourcedEntity;
import org.hibernate.Hibernate;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Loads the sources of many entities at once for {@code Sourced.sources}: one query per entity type in a request.
 */
@Configuration(proxyBeanMethods = false)
public class SourceLoader {

	static final String LOADER = "sources";

	private final EntityManager entityManager;

	SourceLoader(EntityManager entityManager, BatchLoaderRegistry registry) {
		this.entityManager = entityManager;
		registry.<SourcedEntity, List<Source>>forName(LOADER)
			.registerMappedBatchLoader((entities, environment) -> Mono.fromCallable(() -> sourcesOf(entities)));
	}

	@Bean
	static InterfaceField sourcedSources() {
		return new InterfaceField("Sourced", "sources", LOADER);
	}

	Map<SourcedEntity, List<Source>> sourcesOf(Set<SourcedEntity> entities) {
		Map<Class<?>, List<SourcedEntity>> byType = new LinkedHashMap<>();
		entities.forEach((entity) -> byType.computeIfAbsent(Hibernate.getClass(entity), (type) -> new ArrayList<>())
			.add(entity));
		Map<SourcedEntity, List<Source>> sources = new IdentityHashMap<>();
		byType.forEach((type, sameType) -> sources.putAll(Entities.groupLinks(sameType, links(type, sameType))));
		return sources;
	}

	@SuppressWarnings("unchecked")
	private List<Link<Source>> links(Class<?> type, Collection<SourcedEntity> entities) {
		// The entity name comes from the JPA metamodel, never from a client, so it is safe to place in the query.
		String entityName = this.entityManager.getMetamodel().entity(type).getName();
		return this.entityManager
			.createQuery("select new org.hebeiatlas.model.Link(e.id, s) from " + entityName
					+ " e join e.sources s where e.id in :ids order by s.id", Link.class)
			.setParameter("ids", Entities.ids(entities))
			.getResultList()
			.stream()
			.map((link) -> (Link<Source>) link)
			.toList();
	}

}

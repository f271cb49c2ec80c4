package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.EntityTypes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The Relay {@code node} and {@code nodes} fields: any entity by its global id. Every entity that extends
 * {@link BaseEntity} is a {@code Node} of the schema type of the same name.
 */
@Controller
class NodeController {

	private static final int MAX_IDS = 100;

	private final EntityManager entityManager;

	private final EntityTypes entityTypes;

	NodeController(EntityManager entityManager, EntityTypes entityTypes) {
		this.entityManager = entityManager;
		this.entityTypes = entityTypes;
	}

	@QueryMapping
	Object node(@Argument String id) {
		GlobalId globalId = GlobalId.decode(id);
		Class<?> type = nodeType(globalId.typeName());
		return (type != null) ? this.entityManager.find(type, globalId.id()) : null;
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new InvalidArgumentException("ids", "holds " + ids.size() + " ids; at most " + MAX_IDS + " are allowed");
		}
		List<GlobalId> globalIds = ids.stream().map(GlobalId::decode).toList();
		Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
		globalIds.stream()
			.filter((globalId) -> nodeType(globalId.typeName()) != null)
			.forEach((globalId) -> idsByType.computeIfAbsent(globalId.typeName(), (type) -> new LinkedHashSet<>())
				.add(globalId.id()));
		Map<String, Object> found = new HashMap<>();
		idsByType.forEach((typeName, typeIds) -> {
			// The type name was matched against the JPA metamodel, never taken from the client as is.
			List<? extends BaseEntity> entities = this.entityManager
				.createQuery("select e from " + typeName + " e where e.id in :ids", BaseEntity.class)
				.setParameter("ids", typeIds)
				.getResultList();
			entities.forEach((entity) -> found.put(typeName + ":" + entity.getId(), entity));
		});
		List<Object> nodes = new ArrayList<>(globalIds.size());
		globalIds.forEach((globalId) -> nodes.add(found.get(globalId.typeName() + ":" + globalId.id())));
		return nodes;
	}

	/** The entity class behind a Node type name; null for names that are not Node types. */
	private Class<?> nodeType(String typeName) {
		Class<?> type = this.entityTypes.named(typeName);
		return (type != null && BaseEntity.class.isAssignableFrom(type)) ? type : null;
	}

}

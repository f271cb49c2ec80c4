package org.hebeiatlas.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.stereotype.Component;

/**
 * The JPA entity classes by entity name (which is also the GraphQL type name), for code that meets a type name in a
 * global id and must never put a client's text into a query unchecked.
 */
@Component
public class EntityTypes {

	private final Map<String, Class<?>> byName = new TreeMap<>();

	EntityTypes(EntityManagerFactory entityManagerFactory) {
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			this.byName.put(entity.getName(), entity.getJavaType());
		}
	}

	/** The entity class of that name, or null when there is none. */
	public Class<?> named(String name) {
		return this.byName.get(name);
	}

	public Map<String, Class<?>> all() {
		return Collections.unmodifiableMap(this.byName);
	}

}

package org.hebeiatlas.search;

import jakarta.persistence.EntityManagerFactory;
import org.hebeiatlas.dataset.MaintenanceLock;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes that are missing on the cluster, or checks those that exist, one instance at a time
 * ({@link MaintenanceLock}): instances that start together on an empty cluster would otherwise each try to create
 * the same indexes, and all but one fail. Used where Hibernate Search's own schema management at boot is switched off
 * ({@code schema_management.strategy=none}, the {@code scale} profile); runs before the dataset import and the index
 * check at start-up.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.schema_management.strategy", havingValue = "none")
class SearchSchemaInTurn implements InitializingBean {

	private final EntityManagerFactory entityManagerFactory;

	private final MaintenanceLock lock;

	SearchSchemaInTurn(EntityManagerFactory entityManagerFactory, MaintenanceLock lock) {
		this.entityManagerFactory = entityManagerFactory;
		this.lock = lock;
	}

	@Override
	public void afterPropertiesSet() {
		this.lock.whileHolding(
				() -> Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager().createOrValidate());
	}

}

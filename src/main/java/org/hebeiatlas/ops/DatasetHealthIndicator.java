package org.hebeiatlas.ops;

import org.hebeiatlas.dataset.DatasetImportRepository;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code dataset}: up once a dataset has been imported, out of service while the Atlas is empty.
 */
@Component
class DatasetHealthIndicator extends AbstractHealthIndicator {

	private final DatasetImportRepository imports;

	DatasetHealthIndicator(DatasetImportRepository imports) {
		super("Dataset health check failed");
		this.imports = imports;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.imports.findFirstByOrderByIdDesc()
			.ifPresentOrElse((latest) -> builder.up().withDetail("version", latest.getVersion()),
					() -> builder.outOfService().withDetail("reason", "no dataset imported"));
	}

}

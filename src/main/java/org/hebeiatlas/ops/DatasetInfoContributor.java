package org.hebeiatlas.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hebeiatlas.dataset.DatasetImportRepository;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the loaded dataset to {@code /actuator/info}: its version and format, when it was imported, and how many
 * objects of each kind the Atlas now holds. The file's location stays out: it may be a path on the server.
 */
@Component
class DatasetInfoContributor implements InfoContributor {

	private final DatasetImportRepository imports;

	private final AtlasCounts counts;

	DatasetInfoContributor(DatasetImportRepository imports, AtlasCounts counts) {
		this.imports = imports;
		this.counts = counts;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		this.imports.findFirstByOrderByIdDesc().ifPresent((latest) -> {
			dataset.put("version", latest.getVersion());
			dataset.put("format", latest.getFormat());
			dataset.put("importedAt", latest.getImportedAt().toString());
			dataset.put("records", latest.getRecords());
		});
		dataset.put("counts", this.counts.count());
		builder.withDetail("dataset", dataset);
	}

}

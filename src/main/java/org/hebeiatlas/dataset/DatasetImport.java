package org.hebeiatlas.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A record of one dataset import: which file, which version, and a checksum to recognise the same file again.
 */
@Entity
@Table(name = "dataset_import")
public class DatasetImport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Column(nullable = false)
	private String location;

	@Column(nullable = false)
	private String format;

	@Column(nullable = false)
	private String version;

	@Column(nullable = false)
	private String checksum;

	@Column(nullable = false)
	private Instant importedAt;

	private int records;

	protected DatasetImport() {
	}

	DatasetImport(String location, String format, String version, String checksum, Instant importedAt, int records) {
		this.location = location;
		this.format = format;
		this.version = version;
		this.checksum = checksum;
		this.importedAt = importedAt;
		this.records = records;
	}

	public String getLocation() {
		return this.location;
	}

	public String getFormat() {
		return this.format;
	}

	public String getVersion() {
		return this.version;
	}

	public String getChecksum() {
		return this.checksum;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public int getRecords() {
		return this.records;
	}

}

package org.hebeiatlas.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.IsoDates;

/**
 * A published page that facts and figures are taken from, known by its dataset code (S1, S2, …).
 */
@Entity
@Table(name = "source")
public class Source extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String title;

	private String url;

	private String published;

	private String publisher;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Reliability reliability;

	private String note;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getPublished() {
		return this.published;
	}

	public LocalDate getPublishedOn() {
		return IsoDates.fullDate(this.published);
	}

	public void setPublished(String published) {
		this.published = published;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public Reliability getReliability() {
		return this.reliability;
	}

	public void setReliability(Reliability reliability) {
		this.reliability = reliability;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

package org.hebeiatlas.fact;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.hebeiatlas.model.SourcedEntity;

/**
 * A sourced statement about a county, cluster, company or the province, as of a year where the source gives one.
 */
@Entity
@Table(name = "fact")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "fact_source", joinColumns = @JoinColumn(name = "fact_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Fact extends SourcedEntity {

	@Column(nullable = false)
	@NotBlank
	private String text;

	@Column(name = "fact_year")
	private Integer year;

	private boolean uncertain;

	private String note;

	@Embedded
	private Subject subject = Subject.province();

	/** Keeps a subject's facts in the order its sources tell them. */
	private int position;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public void setSubject(Subject subject) {
		this.subject = subject;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}

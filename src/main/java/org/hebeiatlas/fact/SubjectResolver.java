package org.hebeiatlas.fact;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hebeiatlas.cluster.ClusterRepository;
import org.hebeiatlas.company.CompanyRepository;
import org.hebeiatlas.county.CountyRepository;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.province.Province;

import org.springframework.stereotype.Component;

/**
 * Resolves the subjects of many facts or figures at once: one query per kind of subject.
 */
@Component
public class SubjectResolver {

	private final CountyRepository counties;

	private final ClusterRepository clusters;

	private final CompanyRepository companies;

	SubjectResolver(CountyRepository counties, ClusterRepository clusters, CompanyRepository companies) {
		this.counties = counties;
		this.clusters = clusters;
		this.companies = companies;
	}

	public <T> Map<T, Object> subjectsOf(List<T> items, Function<T, Subject> subjectOf) {
		Map<T, Object> subjects = new IdentityHashMap<>();
		items.forEach((item) -> subjects.put(item, Province.HEBEI));
		subjects.putAll(Entities.mapToOne(items, (item) -> subjectOf.apply(item).getCounty(),
				this.counties.findAllById(Entities.referencedIds(items, (item) -> subjectOf.apply(item).getCounty()))));
		subjects.putAll(Entities.mapToOne(items, (item) -> subjectOf.apply(item).getCluster(), this.clusters
			.findAllById(Entities.referencedIds(items, (item) -> subjectOf.apply(item).getCluster()))));
		subjects.putAll(Entities.mapToOne(items, (item) -> subjectOf.apply(item).getCompany(), this.companies
			.findAllById(Entities.referencedIds(items, (item) -> subjectOf.apply(item).getCompany()))));
		return subjects;
	}

}

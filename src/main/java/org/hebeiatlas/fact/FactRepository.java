package org.hebeiatlas.fact;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Facts, looked up by subject.
 */
public interface FactRepository extends JpaRepository<Fact, Long>, SubjectQueries<Fact> {

	@Override
	@Query("select f from Fact f where f.subject.county.id in :countyIds order by f.position, f.id")
	List<Fact> findByCountyIds(Collection<Long> countyIds);

	@Override
	@Query("select f from Fact f where f.subject.cluster.id in :clusterIds order by f.position, f.id")
	List<Fact> findByClusterIds(Collection<Long> clusterIds);

	@Override
	@Query("select f from Fact f where f.subject.company.id in :companyIds order by f.position, f.id")
	List<Fact> findByCompanyIds(Collection<Long> companyIds);

	@Override
	@Query("select f from Fact f where f.subject.county is null and f.subject.cluster is null and f.subject.company is null order by f.position, f.id")
	List<Fact> findProvincial();

}

package org.hebeiatlas.figure;

import java.util.Collection;
import java.util.List;

import org.hebeiatlas.fact.SubjectQueries;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Figures, looked up by subject or by the fact they were read from.
 */
public interface FigureRepository extends JpaRepository<Figure, Long>, SubjectQueries<Figure> {

	@Override
	@Query("select f from Figure f where f.subject.county.id in :countyIds order by f.year, f.id")
	List<Figure> findByCountyIds(Collection<Long> countyIds);

	@Override
	@Query("select f from Figure f where f.subject.cluster.id in :clusterIds order by f.year, f.id")
	List<Figure> findByClusterIds(Collection<Long> clusterIds);

	@Override
	@Query("select f from Figure f where f.subject.company.id in :companyIds order by f.year, f.id")
	List<Figure> findByCompanyIds(Collection<Long> companyIds);

	@Override
	@Query("select f from Figure f where f.subject.county is null and f.subject.cluster is null and f.subject.company is null order by f.year, f.id")
	List<Figure> findProvincial();

	List<Figure> findByFactIdInOrderById(Collection<Long> factIds);

}

package org.lexmaturity.web.http;

import java.time.Clock;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.maturity.ExpertAssessments;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.report.ReportBuilder;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStatsCache;

/**
 * The services the web features share, each built once by the composition root ({@code WebServer}) and handed to
 * the routes and pages that need them: the analysis catalogue is read once, the rules are parsed once.
 */
public record Services(Store store, Blocking blocking, Pages pages, IndicatorRules indicators, AnalysisRunner analyses,
                       MaturityService maturity, ExpertAssessments assessments, BarrierRegister register, StatuteCatalog statutes,
                       ReportBuilder reports, StoreStatsCache counts) {

    public static Services of(Store store, Blocking blocking, Pages pages) {
        Clock clock = Clock.systemDefaultZone();
        IndicatorRules indicators = IndicatorRules.shipped();
        AnalysisRunner analyses = new AnalysisRunner(store, AnalysisCatalogue.load());
        return new Services(store, blocking, pages, indicators, analyses, new MaturityService(store, MaturityRules.shipped(), indicators),
                new ExpertAssessments(store, clock), new BarrierRegister(store, clock), new StatuteCatalog(store),
                new ReportBuilder(store, analyses, clock), new StoreStatsCache(store));
    }
}

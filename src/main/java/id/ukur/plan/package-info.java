/**
 * The performance plan of an agency and year: goals, objectives, programs, activities and
 * sub-activities, their indicators with targets, budgets and spending; import and export;
 * the Perjanjian Kinerja; the achievement calculator's HTTP face.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package id.ukur.plan;

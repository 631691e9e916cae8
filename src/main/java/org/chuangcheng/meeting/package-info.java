/**
 * Meetings (周例会, 月专题会, 专题会): attendance of the units (absences per unit per year), minutes, and decisions
 * that become tasks or problems and are tracked to closure on the meeting's page.
 */
package org.chuangcheng.meeting;

/**
 * The calendar day and its arithmetic live in the contract (src/model/calendar.ts), shared with the app: this
 * module keeps the date rules' imports short.
 */
export {
  addCalendarDays,
  addCalendarMonths,
  compareDays,
  daysBetween,
  formatDay,
  formatMonth,
  formatYear,
  isRealDay,
  noonUtcOf,
  parseCalendarDay,
  weekdayOf,
  type CalendarDay,
} from '../../model/index.ts';

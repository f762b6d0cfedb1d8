// Figures: numbers, quantities, percentages, money and ordinals with their counted noun.
import { Figure } from '../types';
import { TextUnit } from '../textUnit';

export function findFigures(_unit: TextUnit): Figure[] {
  return [];
}

enum TreServePlaceholder {}

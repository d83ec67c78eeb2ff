// placeholder\nexport {}
